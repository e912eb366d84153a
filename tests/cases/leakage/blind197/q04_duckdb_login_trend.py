#!/usr/bin/env python
# Churn take-home: features in DuckDB SQL, model in XGBoost.
#
# History features are window functions per customer ordered by month;
# logins_trend captures whether engagement is going down. Validation = Aug/Sep snapshots of
# customers that have no snapshot before August.
import duckdb
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "churned_next_month"
CUT = "2024-08"

con = duckdb.connect()
con.execute("""
    CREATE TABLE snaps AS
    SELECT *, 'train' AS part FROM read_csv_auto('train.csv')
    UNION ALL BY NAME
    SELECT *, 'test' AS part FROM read_csv_auto('test.csv')
""")

con.execute("""
    CREATE TABLE feats AS
    SELECT
        s.*,
        substr(CAST(snapshot_month AS VARCHAR), 1, 7)                      AS ym,
        LAG(monthly_spend) OVER (PARTITION BY customer_id ORDER BY snapshot_month)   AS spend_prev,
        LAG(logins_30d)    OVER (PARTITION BY customer_id ORDER BY snapshot_month)   AS logins_prev,
        AVG(logins_30d) OVER (
            PARTITION BY customer_id ORDER BY snapshot_month
            ROWS BETWEEN 3 PRECEDING AND 1 PRECEDING)                        AS logins_avg_prev3,
        SUM(support_tickets_30d) OVER (
            PARTITION BY customer_id ORDER BY snapshot_month
            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)                AS tickets_to_date,
        ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY snapshot_month) - 1 AS n_prior,
        LEAD(logins_30d) OVER (PARTITION BY customer_id ORDER BY snapshot_month)
            - logins_30d                                                      AS logins_trend
    FROM snaps s
""")

# split in SQL: evaluation customers must be new after the cut
fit = con.execute(f"""
    SELECT * FROM feats WHERE part = 'train' AND ym < '{CUT}'
""").df()
val = con.execute(f"""
    SELECT * FROM feats
    WHERE part = 'train' AND ym >= '{CUT}'
      AND customer_id NOT IN (
          SELECT DISTINCT customer_id FROM feats WHERE part = 'train' AND ym < '{CUT}')
""").df()
allrows = con.execute("SELECT * FROM feats ORDER BY snapshot_id").df()

NUMERIC = ["tenure_months", "monthly_spend", "logins_30d", "support_tickets_30d",
           "days_since_last_login", "spend_prev", "logins_prev", "logins_avg_prev3",
           "tickets_to_date", "n_prior", "logins_trend"]
CATS = ["plan", "region"]

dummies = pd.get_dummies(allrows[CATS].astype(str), prefix=CATS, dtype=float)
dummy_cols = list(dummies.columns)
allrows = pd.concat([allrows, dummies], axis=1)
FEATURES = NUMERIC + dummy_cols


def matrix(frame):
    frame = frame.merge(allrows[["snapshot_id"] + dummy_cols], on="snapshot_id", how="left")
    return frame[FEATURES].astype(float)


X_fit, y_fit = matrix(fit), fit[TARGET].astype(int).values
X_val, y_val = matrix(val), val[TARGET].astype(int).values
print("fit", X_fit.shape, "val", X_val.shape, "val churn rate", y_val.mean().round(4))

ratio = (y_fit == 0).sum() / max((y_fit == 1).sum(), 1)
clf = xgb.XGBClassifier(
    n_estimators=350,
    max_depth=4,
    learning_rate=0.05,
    subsample=0.85,
    colsample_bytree=0.8,
    scale_pos_weight=ratio,
    eval_metric="logloss",
    tree_method="hist",
    random_state=11,
)
clf.fit(X_fit, y_fit)
p = clf.predict_proba(X_val)[:, 1]

# baseline: the obvious single-signal rule, "inactive for longer = more likely to churn"
base_score = X_val["days_since_last_login"].fillna(999)
print(f"baseline (days_since_last_login) AUC {roc_auc_score(y_val, base_score):.4f} "
      f"AP {average_precision_score(y_val, base_score):.4f}")
print(f"xgboost                          AUC {roc_auc_score(y_val, p):.4f} "
      f"AP {average_precision_score(y_val, p):.4f}")

lab = allrows[allrows["part"] == "train"]
unl = allrows[allrows["part"] == "test"]
final = xgb.XGBClassifier(**clf.get_params())
final.fit(lab[FEATURES].astype(float), lab[TARGET].astype(int))
out = pd.DataFrame({"snapshot_id": unl["snapshot_id"].values,
                    "prediction": final.predict_proba(unl[FEATURES].astype(float))[:, 1]})
out.to_csv("predictions.csv", index=False)
print(out.describe())
