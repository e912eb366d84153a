"""
Churn -- sparse, interpretable logistic model.

Pipeline:
  1. design matrix: one-hot plan/region, log transforms, pairwise interactions
  2. standardise, keep the 15 most informative columns (ANOVA F)
  3. L2 logistic regression
Evaluation: train on Jan-Sep 2024, test on Oct-Dec 2024 for customers
first seen in October or later.
"""
import numpy as np
import pandas as pd
from sklearn.preprocessing import StandardScaler, PolynomialFeatures
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss
from sklearn.calibration import calibration_curve

TARGET = "churned_next_month"

df = pd.read_csv("train.csv")
df["snapshot_month"] = pd.to_datetime(df["snapshot_month"])
print(df.shape, df[TARGET].mean())


def design(frame):
    base = frame[["tenure_months", "monthly_charges", "has_discount", "logins_30d",
                  "days_since_last_login", "support_tickets_30d", "payment_failures_90d"]].copy()
    base["log_tenure"] = np.log1p(base["tenure_months"])
    base["log_days_since_login"] = np.log1p(base["days_since_last_login"])
    dummies = pd.get_dummies(frame[["plan", "region"]], dtype=float)
    base = pd.concat([base, dummies], axis=1)
    poly = PolynomialFeatures(degree=2, interaction_only=True, include_bias=False)
    arr = poly.fit_transform(base)
    return pd.DataFrame(arr, columns=poly.get_feature_names_out(base.columns), index=frame.index)


Xd = design(df)
print("design matrix:", Xd.shape)

scaler = StandardScaler()
Xs = pd.DataFrame(scaler.fit_transform(Xd), columns=Xd.columns, index=Xd.index)

selector = SelectKBest(f_classif, k=15)
Xk = selector.fit_transform(Xs, df[TARGET])
kept = Xs.columns[selector.get_support()]
print("kept:", list(kept))
Xk = pd.DataFrame(Xk, columns=kept, index=df.index)

is_train = df["snapshot_month"] < "2024-10-01"
new_customer = ~df["customer_id"].isin(df.loc[is_train, "customer_id"])
is_test = ~is_train & new_customer

clf = LogisticRegression(C=1.0, max_iter=2000)
clf.fit(Xk[is_train], df.loc[is_train, TARGET])

y_te = df.loc[is_test, TARGET]
p_te = clf.predict_proba(Xk[is_test])[:, 1]
print(f"AUC   {roc_auc_score(y_te, p_te):.3f}")
print(f"AP    {average_precision_score(y_te, p_te):.3f}")
print(f"Brier {brier_score_loss(y_te, p_te):.4f}")

frac, mean_p = calibration_curve(y_te, p_te, n_bins=10, strategy="quantile")
print(pd.DataFrame({"mean_pred": mean_p, "observed": frac}).round(3))

coef = pd.Series(clf.coef_[0], index=kept).sort_values()
print(coef.round(3))

# bootstrap CI of AUC (rows; customers have at most 3 rows in the test window)
rng = np.random.default_rng(42)
yv, pv = y_te.to_numpy(), p_te
aucs = []
for _ in range(2000):
    i = rng.integers(0, len(yv), len(yv))
    if 0 < yv[i].sum() < len(i):
        aucs.append(roc_auc_score(yv[i], pv[i]))
print("AUC 95% CI", np.percentile(aucs, [2.5, 97.5]).round(3))
