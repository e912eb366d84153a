import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score

TARGET = "churned_next_month"
df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])

cut = "2024-08-01"
fit_df = df[df.snapshot_month < cut].copy()
eval_df = df[df.snapshot_month >= cut].copy()
eval_df = eval_df[~eval_df["customer_id"].isin(set(fit_df["customer_id"]))]


def rate_encode(fit_part, other, col):
    rates = fit_part.groupby(col)[TARGET].mean()
    prior = fit_part[TARGET].mean()
    return fit_part[col].map(rates), other[col].map(rates).fillna(prior)


fit_df["plan_rate"], eval_df["plan_rate"] = rate_encode(fit_df, eval_df, "plan")
fit_df["region_rate"], eval_df["region_rate"] = rate_encode(fit_df, eval_df, "region")

X_cols = ["tenure_months", "monthly_charges", "support_calls", "plan_rate", "region_rate"]
lr = LogisticRegression(max_iter=500).fit(fit_df[X_cols], fit_df[TARGET])
dc = DummyClassifier().fit(fit_df[X_cols], fit_df[TARGET])
for name, m in [("baseline", dc), ("logreg", lr)]:
    print(name, roc_auc_score(eval_df[TARGET], m.predict_proba(eval_df[X_cols])[:, 1]))
