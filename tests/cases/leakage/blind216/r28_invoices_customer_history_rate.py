"""
B2B invoice late-payment model (take-home).

Predict, at issue time, whether an invoice will be paid after its due date.
Customer payment behaviour is by far the strongest signal, so the model gets a
customer-level late rate next to the invoice attributes.

Holdout: invoices issued after 2023-07-01 by customers with no invoice before that date
(new accounts, the hard case the credit team asked about).
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

CUTOFF = pd.Timestamp("2023-07-01")
LEAKY = ["days_to_pay", "payment_date", "dunning_level"]

inv = pd.read_csv("train.csv", parse_dates=["invoice_date", "due_date", "customer_since"])
inv = inv.drop(columns=LEAKY).sort_values(["invoice_date", "invoice_id"]).reset_index(drop=True)
print(inv.shape, "late share:", round(inv.late_payment.mean(), 3))

# ---- customer behaviour
cust = inv.groupby("customer_id").agg(
    cust_late_rate=("late_payment", "mean"),
    cust_n_invoices=("invoice_id", "count"),
)
# shrink small customers towards the global rate
prior, k = inv.late_payment.mean(), 10
cust["cust_late_rate"] = (cust.cust_late_rate * cust.cust_n_invoices + prior * k) / (cust.cust_n_invoices + k)
inv = inv.merge(cust, left_on="customer_id", right_index=True, how="left")

# ---- invoice attributes
inv["terms"] = (inv.due_date - inv.invoice_date).dt.days
inv["log_amount"] = np.log1p(inv.amount.clip(lower=0))
inv["tenure_days"] = (inv.invoice_date - inv.customer_since).dt.days
inv["issue_dow"] = inv.invoice_date.dt.dayofweek
inv["issue_month_end"] = inv.invoice_date.dt.is_month_end.astype(int)
inv["due_in_december"] = (inv.due_date.dt.month == 12).astype(int)

FEATURES = ["cust_late_rate", "cust_n_invoices", "log_amount", "terms",
            "tenure_days", "issue_dow", "issue_month_end", "due_in_december", "discount_pct",
            "n_lines", "is_recurring", "customer_segment", "industry", "country"]

# ---- split: time + unseen customers
before = inv.invoice_date < CUTOFF
old_customers = inv.loc[before, "customer_id"].unique()
train = inv[before].copy()
test = inv[~before & ~inv.customer_id.isin(old_customers)].copy()
for c in ["customer_segment", "industry", "country"]:
    levels = sorted(train[c].dropna().unique())
    train[c] = pd.Categorical(train[c], categories=levels)
    test[c] = pd.Categorical(test[c], categories=levels)
print(f"train {len(train)} | test {len(test)} invoices from {test.customer_id.nunique()} new customers")

clf = lgb.LGBMClassifier(n_estimators=500, learning_rate=0.03, num_leaves=31, min_child_samples=50,
                         colsample_bytree=0.8, subsample=0.8, subsample_freq=1, random_state=4, verbose=-1)
clf.fit(train[FEATURES], train.late_payment)
p = clf.predict_proba(test[FEATURES])[:, 1]

base = np.full(len(test), train.late_payment.mean())
print("\n               ROC AUC   PR AUC   Brier")
print("prior rate     %.4f    %.4f   %.4f" % (0.5, average_precision_score(test.late_payment, base),
                                               brier_score_loss(test.late_payment, base)))
print("lightgbm       %.4f    %.4f   %.4f" % (roc_auc_score(test.late_payment, p),
                                               average_precision_score(test.late_payment, p),
                                               brier_score_loss(test.late_payment, p)))

imp = pd.Series(clf.booster_.feature_importance("gain"), index=FEATURES).sort_values(ascending=False)
print(imp.head(10).round(1))

# collections view: what share of late invoices sit in the riskiest 20%?
top = test.assign(p=p).sort_values("p", ascending=False).head(int(0.2 * len(test)))
print("late invoices captured in top 20%%: %.1f%%" % (100 * top.late_payment.sum() / test.late_payment.sum()))
