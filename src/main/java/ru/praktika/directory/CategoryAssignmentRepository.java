package ru.praktika.directory;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CategoryAssignmentRepository extends JpaRepository<CategoryAssignment, Long> {

    @Query("""
            select a from CategoryAssignment a join fetch a.category c join fetch a.body b
            where a.validFrom <= :date and (a.validTo is null or a.validTo >= :date)
            order by c.sortOrder, a.sortOrder, a.id""")
    List<CategoryAssignment> findInForceOn(LocalDate date);

    @Query("""
            select a from CategoryAssignment a join fetch a.category c join fetch a.body b
            order by c.sortOrder, a.validFrom, a.sortOrder, a.id""")
    List<CategoryAssignment> findHistory();

    @Query("""
            select count(a) > 0 from CategoryAssignment a
            where a.body.id = :bodyId and a.category.id = :categoryId
              and a.validFrom <= :date and (a.validTo is null or a.validTo >= :date)""")
    boolean existsInForce(Long bodyId, Long categoryId, LocalDate date);

    @Query("select coalesce(max(a.sortOrder), 0) from CategoryAssignment a where a.category = :category")
    int maxSortOrder(Category category);
}
