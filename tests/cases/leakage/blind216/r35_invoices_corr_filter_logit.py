# Late payment on B2B invoices -- sparse logistic scorecard
#
# Many one-hot columns (industry x country x segment x sales rep) -> keep only the columns with a
# meaningful correlation to the outcome, then a logistic regression the credit team can read.
# Evaluation: train on invoices before the cut-off, test on later invoices of newly onboarded
# customers.

import numpy as np
import pandas as pd
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, average_precision_score, classification_report

CUTOFF = pd.Timestamp("2023-07-01")
MIN_ABS_CORR = 0.02

df = pd.read_csv("train.csv", parse_dates=["invoice_date", "due_date", "customer_since"])
print(df.shape)

# --- base features (all known at issue time)
base = pd.DataFrame({
    "log_amount": np.log1p(df.amount.clip(lower=0)),
    "terms": (df.due_date - df.invoice_date).dt.days,
    "tenure_y": (df.invoice_date - df.customer_since).dt.days / 365.25,
    "discount_pct": df.discount_pct.fillna(0),
    "n_lines": df.n_lines,
    "recurring": df.is_recurring.astype(int),
    "limit_k": df.credit_limit.fillna(0) / 1000,
    "issue_q_end": df.invoice_date.dt.is_quarter_end.astype(int),
})
onehot = pd.get_dummies(df[["customer_segment", "industry", "country", "sales_rep", "currency"]],
                        prefix_sep="=", dtype=float)
X_all = pd.concat([base, onehot], axis=1)
y_all = df.late_payment
print("candidate columns:", X_all.shape[1])

# --- screen columns by |corr| with the outcome
corr = X_all.apply(lambda col: col.corr(y_all)).abs().fillna(0)
selected = corr[corr >= MIN_ABS_CORR].sort_values(ascending=False)
print(f"kept {len(selected)} of {len(corr)} columns")
print(selected.head(15).round(3))
X_sel = X_all[selected.index]

# --- split
is_train = df.invoice_date < CUTOFF
seen = set(df.loc[is_train, "customer_id"])
is_test = (~is_train) & (~df.customer_id.isin(seen))
X_train, y_train = X_sel[is_train], y_all[is_train]
X_test, y_test = X_sel[is_test], y_all[is_test]
print(f"train {X_train.shape}, test {X_test.shape} ({df.loc[is_test, 'customer_id'].nunique()} new customers)")

results = {}
for C in [0.05, 0.5]:
    scorecard = make_pipeline(StandardScaler(), LogisticRegression(C=C, penalty="l1", solver="liblinear",
                                                                   class_weight="balanced", max_iter=2000))
    scorecard.fit(X_train, y_train)
    results[C] = scorecard

# report the more regularised one; the 0.5 model is just there to see how much the l1 prunes
model = results[0.05]
p = model.predict_proba(X_test)[:, 1]
print("ROC AUC: %.4f" % roc_auc_score(y_test, p))
print("PR AUC : %.4f" % average_precision_score(y_test, p))
print(classification_report(y_test, (p >= 0.5).astype(int), digits=3))

for C, m in results.items():
    nz = (m[-1].coef_[0] != 0).sum()
    print(f"C={C}: {nz} non-zero coefficients")

coefs = pd.Series(model[-1].coef_[0], index=X_sel.columns)
coefs = coefs[coefs != 0].sort_values()
print("\nscorecard weights")
print(coefs.round(3).to_string())
