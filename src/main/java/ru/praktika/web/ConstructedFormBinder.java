package ru.praktika.web;

import org.springframework.validation.AbstractPropertyBindingResult;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Validator;
import org.springframework.web.servlet.support.ExtendedServletRequestDataBinder;

/**
 * The binder of every form (see {@link FormBindingConfiguration}). A form bound by its constructor (a record)
 * whose value does not convert (a role {@code maybe}, a date {@code 32.13.2020}) is still built, with that
 * component left empty, but Spring records the conversion errors in a binding result created before the form
 * existed, so the result has no target: {@code rejectValue} in the controller and {@code th:field} in the page
 * then fail with "Cannot access properties on null bean instance" (a 500). Here the errors move to a result
 * of the built form, so the page re-renders with a field error next to the field, the unconvertible text kept
 * as its rejected value and every other typed value kept in the form.
 */
class ConstructedFormBinder extends ExtendedServletRequestDataBinder {

    private AbstractPropertyBindingResult ofTheBuiltForm;

    ConstructedFormBinder(Object target, String objectName) {
        super(target, objectName);
    }

    @Override
    public void construct(ValueResolver valueResolver) {
        super.construct(valueResolver);
        AbstractPropertyBindingResult recorded = super.getInternalBindingResult();
        if (getTarget() != null && recorded.getTarget() == null) {
            AbstractPropertyBindingResult result = createBeanPropertyBindingResult();
            result.addAllErrors(recorded);
            ofTheBuiltForm = result;
            validateTheRest(result);
        }
    }

    /**
     * Spring validates no form whose construction failed; the person should still see every other wrong field
     * at once, not one per attempt. A field whose value did not convert keeps only its conversion error.
     */
    private void validateTheRest(AbstractPropertyBindingResult result) {
        BeanPropertyBindingResult rules = new BeanPropertyBindingResult(getTarget(), getObjectName());
        for (Validator validator : getValidators()) {
            validator.validate(getTarget(), rules);
        }
        rules.getFieldErrors().stream().filter(e -> !result.hasFieldErrors(e.getField())).forEach(result::addError);
        rules.getGlobalErrors().forEach(result::addError);
    }

    @Override
    protected AbstractPropertyBindingResult getInternalBindingResult() {
        return ofTheBuiltForm != null ? ofTheBuiltForm : super.getInternalBindingResult();
    }
}
