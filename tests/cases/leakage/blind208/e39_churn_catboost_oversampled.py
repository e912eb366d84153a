"""Churn next month -- CatBoost on snapshots, with random oversampling of churners.

Only ~5% of snapshots churn; CatBoost converged to near-constant predictions in my
first try, so I rebalance with imblearn's RandomOverSampler.
"""
import numpy as np
import pandas as pd
from catboost import CatBoostClassifier, Pool
from imblearn.over_sampling import RandomOverSampler
from sklearn.metrics import roc_auc_score, average_precision_score, precision_recall_fscore_support

LABEL = "churned_next_month"
CAT = ["plan_type", "contract_type", "region", "payment_method"]
NUM = ["tenure_months", "monthly_charges", "total_charges", "num_products", "support_tickets_30d",
       "avg_session_minutes", "days_since_last_login", "late_payments_3m", "discount_pct"]

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
print(df.shape, test.shape)
print(df[LABEL].value_counts(normalize=True).round(4))
print(df[CAT].nunique())

for d in (df, test):
    d["avg_bill"] = d["total_charges"] / d["tenure_months"].clip(lower=1)
    d["bill_jump"] = d["monthly_charges"] / d["avg_bill"].replace(0, np.nan)
    d["stale_login"] = (d["days_since_last_login"] > 21).astype(int)
    d["month"] = d["snapshot_month"].dt.month
    for c in CAT:
        d[c] = d[c].fillna("unknown").astype(str)

FEATURES = CAT + NUM + ["avg_bill", "bill_jump", "stale_login", "month"]

ros = RandomOverSampler(sampling_strategy=0.25, random_state=4)
df_bal, _ = ros.fit_resample(df, df[LABEL])
print("after oversampling:", df_bal.shape, df_bal[LABEL].mean().round(4))

# train on early months; evaluate the last 3 months on customers not present earlier
months = np.sort(df_bal["snapshot_month"].unique())
stop_m, eval_m = months[-5], months[-3]
train = df_bal[df_bal["snapshot_month"] < stop_m]
stop = df_bal[(df_bal["snapshot_month"] >= stop_m) & (df_bal["snapshot_month"] < eval_m)]
evalp = df_bal[df_bal["snapshot_month"] >= eval_m]
stop = stop[~stop["customer_id"].isin(train["customer_id"])]
evalp = evalp[~evalp["customer_id"].isin(set(train["customer_id"]) | set(stop["customer_id"]))]
print("train/stop/eval:", len(train), len(stop), len(evalp))

model = CatBoostClassifier(
    iterations=2500,
    learning_rate=0.05,
    depth=6,
    l2_leaf_reg=4,
    eval_metric="AUC",
    early_stopping_rounds=200,
    random_seed=4,
    verbose=200,
)
model.fit(
    Pool(train[FEATURES], train[LABEL], cat_features=CAT),
    eval_set=Pool(stop[FEATURES], stop[LABEL], cat_features=CAT),
    use_best_model=True,
)

p = model.predict_proba(Pool(evalp[FEATURES], cat_features=CAT))[:, 1]
y = evalp[LABEL].to_numpy()
print("ROC AUC %.4f" % roc_auc_score(y, p))
print("PR AUC  %.4f" % average_precision_score(y, p))
prec, rec, f1, _ = precision_recall_fscore_support(y, (p >= 0.5).astype(int), average="binary")
print("@0.5 precision %.3f recall %.3f f1 %.3f" % (prec, rec, f1))

fi = pd.Series(model.get_feature_importance(type="PredictionValuesChange"), index=FEATURES)
print(fi.sort_values(ascending=False).round(2))

pd.DataFrame({
    "snapshot_id": test["snapshot_id"],
    "prediction": model.predict_proba(Pool(test[FEATURES], cat_features=CAT))[:, 1],
}).to_csv("predictions.csv", index=False)
