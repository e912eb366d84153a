"""churn-snapshots: expanding-window CV over months.

Folds are built on the sorted list of months with TimeSeriesSplit, so every validation
month comes strictly after the months the model was fitted on.
"""
import duckdb
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import TimeSeriesSplit
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer

SQL = """
SELECT
  snapshot_id, customer_id, snapshot_month, plan,
  monthly_charges, tenure_months, usage_hours, support_tickets, payment_failures,
  ln(1 + usage_hours) AS log_usage,
  usage_hours - lag(usage_hours) OVER (PARTITION BY customer_id ORDER BY snapshot_month) AS d_usage,
  avg(support_tickets) OVER (PARTITION BY customer_id ORDER BY snapshot_month
                             ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) AS tickets_avg3
  {label}
FROM '{path}'
ORDER BY snapshot_month, customer_id
"""

df = duckdb.sql(SQL.format(label=", churned_next_month", path="train.csv")).df()
df_sub = duckdb.sql(SQL.format(label="", path="test.csv")).df()

NUM = ["monthly_charges", "tenure_months", "usage_hours", "support_tickets",
       "payment_failures", "log_usage", "d_usage", "tickets_avg3"]
CAT = ["plan"]
y_all = df["churned_next_month"].to_numpy()


def make_model(clf):
    pre = ColumnTransformer([
        ("num", Pipeline([("imp", SimpleImputer(strategy="median")),
                          ("sc", StandardScaler())]), NUM),
        ("cat", OneHotEncoder(handle_unknown="ignore"), CAT),
    ])
    return Pipeline([("pre", pre), ("clf", clf)])


candidates = {
    "dummy_prior": lambda: make_model(DummyClassifier(strategy="prior")),
    "logreg_C0.1": lambda: make_model(LogisticRegression(C=0.1, max_iter=3000)),
    "logreg_C1": lambda: make_model(LogisticRegression(C=1.0, max_iter=3000)),
}

months = np.array(sorted(df["snapshot_month"].astype(str).unique()))
print("months:", months)
tscv = TimeSeriesSplit(n_splits=4)

scores = {name: [] for name in candidates}
for k, (m_tr, m_va) in enumerate(tscv.split(months)):
    tr_mask = df["snapshot_month"].astype(str).isin(months[m_tr]).to_numpy()
    va_mask = df["snapshot_month"].astype(str).isin(months[m_va]).to_numpy()
    X_tr, X_va = df.loc[tr_mask, NUM + CAT], df.loc[va_mask, NUM + CAT]
    y_tr, y_va = y_all[tr_mask], y_all[va_mask]
    print(f"fold {k}: fit {months[m_tr][0]}..{months[m_tr][-1]} ({tr_mask.sum()} rows) "
          f"-> valid {months[m_va][0]}..{months[m_va][-1]} ({va_mask.sum()} rows)")
    for name, factory in candidates.items():
        model = factory().fit(X_tr, y_tr)
        p = model.predict_proba(X_va)[:, 1]
        scores[name].append((roc_auc_score(y_va, p), average_precision_score(y_va, p)))

summary = pd.DataFrame({
    name: {"auc_mean": np.mean([s[0] for s in v]), "auc_std": np.std([s[0] for s in v]),
           "ap_mean": np.mean([s[1] for s in v])}
    for name, v in scores.items()
}).T.round(4)
print(summary)

best = summary.drop(index="dummy_prior")["auc_mean"].idxmax()
print("selected:", best)
final = candidates[best]().fit(df[NUM + CAT], y_all)
pd.DataFrame({"snapshot_id": df_sub["snapshot_id"],
              "prediction": final.predict_proba(df_sub[NUM + CAT])[:, 1]}).to_csv(
    "predictions.csv", index=False)
