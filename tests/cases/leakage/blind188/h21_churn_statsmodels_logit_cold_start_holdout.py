"""Churn: a GLM the retention team can read, evaluated out of time and out of customer.

Transforms applied to the whole frame are row-wise only (log, fixed clipping caps,
one-hot with get_dummies), so nothing is learned from the evaluation months.
"""
import numpy as np
import pandas as pd
import statsmodels.api as sm
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score

TARGET = "churned_next_month"
CAPS = {"support_tickets_30d": 10, "days_since_last_login": 90, "logins_30d": 60}


def design(frame: pd.DataFrame) -> pd.DataFrame:
    X = pd.DataFrame(index=frame.index)
    X["log_spend"] = np.log1p(frame["monthly_spend"].clip(lower=0))
    X["log_tenure"] = np.log1p(frame["tenure_months"])
    for col, cap in CAPS.items():
        X[col] = frame[col].clip(upper=cap)
    X["inactive_14d"] = (frame["days_since_last_login"] > 14).astype(float)
    X = X.join(pd.get_dummies(frame[["plan", "region"]], drop_first=True, dtype=float))
    return sm.add_constant(X, has_constant="add")


df = pd.read_csv("train.csv")
df["month"] = pd.to_datetime(df["snapshot_month"]).dt.month
X_all = design(df)
y_all = df[TARGET].astype(float)

fit_mask = df["month"] <= 6
seen = df.loc[fit_mask, "customer_id"].unique()
eval_mask = (df["month"] >= 7) & ~df["customer_id"].isin(seen)
print(f"fit rows {fit_mask.sum()}, eval rows {eval_mask.sum()} "
      f"({df.loc[eval_mask, 'customer_id'].nunique()} new customers)")

glm = sm.Logit(y_all[fit_mask], X_all[fit_mask]).fit(disp=False, maxiter=200)
print(glm.summary2().tables[1][["Coef.", "Std.Err.", "P>|z|"]].round(3))

p = glm.predict(X_all[eval_mask]).to_numpy()
y = y_all[eval_mask].to_numpy()
p_prior = np.full_like(p, y_all[fit_mask].mean())   # prior baseline: training churn rate

print("\n               model    prior baseline")
print(f"ROC AUC      {roc_auc_score(y, p):8.4f}   {0.5:8.4f}")
print(f"avg prec     {average_precision_score(y, p):8.4f}   {average_precision_score(y, p_prior):8.4f}")
print(f"Brier        {brier_score_loss(y, p):8.4f}   {brier_score_loss(y, p_prior):8.4f}")

# stratified bootstrap: resample positives and negatives separately (rare class)
rng = np.random.default_rng(3)
pos, neg = np.flatnonzero(y == 1), np.flatnonzero(y == 0)
draws = []
for _ in range(2000):
    idx = np.concatenate([rng.choice(pos, len(pos)), rng.choice(neg, len(neg))])
    draws.append((roc_auc_score(y[idx], p[idx]), average_precision_score(y[idx], p[idx])))
draws = np.array(draws)
for j, name in enumerate(["ROC AUC", "avg prec"]):
    lo, hi = np.percentile(draws[:, j], [2.5, 97.5])
    print(f"{name} 95% CI [{lo:.4f}, {hi:.4f}]")

# odds ratios for the memo
print(np.exp(glm.params).round(3).sort_values())

full = sm.Logit(y_all, X_all).fit(disp=False, maxiter=200)
test = pd.read_csv("test.csv")
X_test = design(test).reindex(columns=X_all.columns, fill_value=0.0)
pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": full.predict(X_test).to_numpy()}).to_csv(
    "predictions.csv", index=False)
