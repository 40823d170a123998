package app.involvement.payments.ui;

import app.involvement.payments.ClaimRow;
import app.involvement.payments.MyClaims;
import app.involvement.payments.PaymentNavigation;
import app.involvement.shared.UkFormats;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;

/** The partner's home card: claims still to finish (draft or sent back), this tax year's fees and vouchers. */
public class MyClaimsHomeCard extends Div {

    public MyClaimsHomeCard(MyClaims myClaims) {
        addClassName("home-figure");
        setId("home-my-claims");
        long toDo = myClaims.list().stream().map(ClaimRow::status).filter(s -> s.editable()).count();
        add(new H2(toDo == 0 ? getTranslation("my-claims.home.none-to-do") : getTranslation("my-claims.home.to-do", toDo)));
        var year = myClaims.taxYear(LocalDate.now(UkFormats.UK_TIME));
        add(new Paragraph(getTranslation("my-claims.home.year", ClaimTexts.money(this, year.totalPence()))),
                new Anchor(PaymentNavigation.MY_CLAIMS, getTranslation("my-claims.home.open")));
    }
}
