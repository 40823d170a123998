package app.involvement.payments.ui;

import app.involvement.payments.ClaimEditing;
import app.involvement.payments.ExpenseCategory;
import app.involvement.payments.ExpenseInput;
import app.involvement.payments.PaymentLimits;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.Money;
import app.involvement.shared.UkFormats;
import app.involvement.shared.ui.LightRadioGroup;
import app.involvement.shared.ui.MoneyFields;
import app.involvement.shared.ui.Notices;
import app.involvement.shared.ui.UkDatePickers;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Adds one cost to a claim, phone first: what it was for, details, the day paid, the amount (or whole miles for
 * mileage), who agreed a taxi beforehand, and an optional receipt (photo or PDF, at most 10 MB; its type is
 * checked by content when the cost is added). Every field is checked here with the limits of
 * {@link PaymentLimits}, and again by the service. {@code added} runs after a cost is added.
 */
public class ExpenseForm extends Div {

    private static final int MB = 1024 * 1024;

    final LightRadioGroup<ExpenseCategory> category = new LightRadioGroup<>();
    final TextField description = new TextField();
    final DatePicker spentOn = new DatePicker();
    final BigDecimalField amount = MoneyFields.pounds("");
    final IntegerField miles = new IntegerField();
    final TextField priorApproval = new TextField();
    final Upload upload;
    final Button add = new Button();
    private final ClaimEditing editing;
    private final Long claimId;
    private final LocalDate heldOn;
    private final Runnable added;
    private final Paragraph receiptReady = new Paragraph();
    private String receiptName;
    private byte[] receipt;

    public ExpenseForm(ClaimEditing editing, Long claimId, LocalDate heldOn, Runnable added) {
        this.editing = editing;
        this.claimId = claimId;
        this.heldOn = heldOn;
        this.added = added;
        addClassName("expense-form");
        setId("expense-form");
        var heading = new H2(getTranslation("my-claims.expense.heading"));
        category.setLabel(getTranslation("my-claims.expense.category"));
        category.setItems(Arrays.asList(ExpenseCategory.values()), c -> ClaimTexts.category(this, c));
        category.setVertical();
        category.setRequired(true);
        category.setId("expense-category");
        category.addValueChangeListener(e -> showFieldsFor(e.getValue()));
        description.setLabel(getTranslation("my-claims.expense.description"));
        description.setHelperText(getTranslation("my-claims.expense.description.help"));
        description.setMaxLength(PaymentLimits.DESCRIPTION);
        description.setId("expense-description");
        spentOn.setLabel(getTranslation("my-claims.expense.day"));
        spentOn.setId("expense-day");
        UkDatePickers.ukFormat(spentOn);
        LocalDate today = LocalDate.now(UkFormats.UK_TIME);
        spentOn.setMax(today);
        spentOn.setMin(heldOn.minusDays(PaymentLimits.EXPENSE_DAYS_BEFORE_SESSION));
        spentOn.setValue(heldOn.isAfter(today) ? today : heldOn);
        spentOn.setRequiredIndicatorVisible(true);
        amount.setLabel(getTranslation("my-claims.expense.amount"));
        amount.setId("expense-amount");
        amount.setRequiredIndicatorVisible(true);
        miles.setLabel(getTranslation("my-claims.expense.miles"));
        miles.setHelperText(getTranslation("my-claims.expense.miles.help"));
        miles.setMin(1);
        miles.setMax(PaymentLimits.MAX_MILES);
        miles.setId("expense-miles");
        miles.setRequiredIndicatorVisible(true);
        miles.getElement().setAttribute("inputmode", "numeric");
        priorApproval.setLabel(getTranslation("my-claims.expense.approval"));
        priorApproval.setHelperText(getTranslation("my-claims.expense.approval.help"));
        priorApproval.setMaxLength(PaymentLimits.PRIOR_APPROVAL);
        priorApproval.setId("expense-approval");
        upload = receiptUpload();
        var receiptBox = new Div(new Paragraph(getTranslation("my-claims.expense.receipt")),
                new Paragraph(getTranslation("my-claims.expense.receipt.help", PaymentLimits.MAX_RECEIPT_BYTES / MB)),
                upload, receiptReady);
        receiptBox.addClassName("expense-receipt");
        receiptReady.setId("expense-receipt-ready");
        receiptReady.setVisible(false);
        add.setText(getTranslation("my-claims.expense.add"));
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.setId("expense-add");
        add.addClickListener(e -> submit());
        add(heading, category, description, spentOn, amount, miles, priorApproval, receiptBox, add);
        showFieldsFor(null);
    }

    private Upload receiptUpload() {
        UI ui = UI.getCurrent();
        var field = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> {
            receiptName = metadata.fileName();
            receipt = bytes;
            receiptReady.setText(getTranslation("my-claims.expense.receipt.ready", receiptName));
            receiptReady.setVisible(true);
        })));
        field.setId("expense-receipt");
        field.setMaxFiles(1);
        field.setMaxFileSize(PaymentLimits.MAX_RECEIPT_BYTES);
        field.setAcceptedFileTypes("image/jpeg", "image/png", "image/heic", "image/heif", "image/webp",
                "application/pdf", ".jpg", ".jpeg", ".png", ".heic", ".heif", ".webp", ".pdf");
        field.addFileRemovedListener(e -> forgetReceipt());
        var i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("my-claims.upload.add"))
                .setMany(getTranslation("my-claims.upload.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("my-claims.upload.drop"))
                .setMany(getTranslation("my-claims.upload.drop")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(getTranslation("training.upload.too-many"))
                .setFileIsTooBig(getTranslation("payments.receipt.too-large", PaymentLimits.MAX_RECEIPT_BYTES / MB))
                .setIncorrectFileType(getTranslation("payments.receipt.wrong-type")));
        field.setI18n(i18n);
        return field;
    }

    private void showFieldsFor(ExpenseCategory chosen) {
        boolean byMiles = chosen != null && chosen.byMiles();
        amount.setVisible(!byMiles);
        miles.setVisible(byMiles);
        upload.getParent().ifPresent(box -> box.setVisible(!byMiles));
        priorApproval.setVisible(chosen == ExpenseCategory.TAXI || !priorApproval.isEmpty());
    }

    private void submit() {
        clearErrors();
        ExpenseInput input = checked();
        if (input == null) {
            return;
        }
        try {
            editing.addExpense(claimId, input);
            Notices.success(getTranslation("my-claims.expense.added"));
            added.run();
        } catch (BusinessRuleException refused) {
            if (refused.messageKey().equals("payments.expense.prior-approval-required")) {
                priorApproval.setVisible(true);
                invalid(priorApproval, refused);
            }
            Notices.error(Notices.message(refused));
        }
    }

    /** The input when every field is right; otherwise marks the wrong ones, focuses the first and returns null. */
    ExpenseInput checked() {
        ExpenseCategory what = category.getValue();
        if (what == null) {
            return invalid(category, new BusinessRuleException("payments.expense.category-required"));
        }
        String details = description.getValue().strip();
        if (what == ExpenseCategory.OTHER && details.isEmpty()) {
            return invalid(description, new BusinessRuleException("payments.expense.description-required"));
        }
        LocalDate day = spentOn.getValue();
        if (day == null || spentOn.isInvalid()) {
            return invalid(spentOn, new BusinessRuleException("payments.expense.day-required"));
        }
        if (day.isAfter(LocalDate.now(UkFormats.UK_TIME))) {
            return invalid(spentOn, new BusinessRuleException("payments.expense.future"));
        }
        if (day.isBefore(heldOn.minusDays(PaymentLimits.EXPENSE_DAYS_BEFORE_SESSION))) {
            return invalid(spentOn, new BusinessRuleException("payments.expense.too-early",
                    PaymentLimits.EXPENSE_DAYS_BEFORE_SESSION));
        }
        Integer howFar = null;
        Long pence = null;
        if (what.byMiles()) {
            howFar = miles.getValue();
            if (howFar == null || howFar < 1 || howFar > PaymentLimits.MAX_MILES) {
                return invalid(miles, new BusinessRuleException("payments.expense.miles", PaymentLimits.MAX_MILES));
            }
        } else {
            try {
                pence = pence(amount.getValue());
            } catch (BusinessRuleException wrong) {
                return invalid(amount, wrong);
            }
        }
        String approval = priorApproval.getValue().strip();
        if (what == ExpenseCategory.TAXI && approval.isEmpty()) {
            return invalid(priorApproval, new BusinessRuleException("payments.expense.prior-approval-required"));
        }
        boolean withReceipt = !what.byMiles() && receipt != null;
        return new ExpenseInput(what, details, day, howFar, pence, approval, withReceipt ? receiptName : null,
                withReceipt ? receipt : null);
    }

    private static long pence(BigDecimal pounds) {
        if (pounds == null) {
            throw new BusinessRuleException("payments.expense.amount-required");
        }
        long pence = Money.toPence(pounds);
        if (pence <= 0 || pence > PaymentLimits.MAX_EXPENSE_PENCE) {
            throw new BusinessRuleException("payments.expense.amount-range",
                    Money.toPounds(PaymentLimits.MAX_EXPENSE_PENCE));
        }
        return pence;
    }

    private <T> T invalid(HasValidation field, BusinessRuleException why) {
        field.setErrorMessage(Notices.message(why));
        field.setInvalid(true);
        if (field instanceof Focusable<?> focusable) {
            focusable.focus();
        }
        return null;
    }

    private void clearErrors() {
        for (HasValidation field : new HasValidation[] {category, description, spentOn, amount, miles, priorApproval}) {
            field.setInvalid(false);
        }
    }

    private void forgetReceipt() {
        receipt = null;
        receiptName = null;
        receiptReady.setVisible(false);
    }
}
