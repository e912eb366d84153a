# Churn snapshots - gradient boosting with 3-month usage windows.
#
# Split:   train Jan-Jul | validation Aug | holdout Sep
# Validation and holdout only contain customers without any earlier snapshot,
# because test.csv is a different set of customers.
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

TARGET = "churned_next_month"
CAT = ["plan", "region", "contract_type", "payment_method"]
BASE_NUM = ["monthly_charges", "tenure_months", "logins_30d", "support_tickets_30d",
            "payment_failures_90d", "discount_pct", "autopay"]

df = pd.read_csv("train.csv")
df["snapshot_month"] = pd.to_datetime(df["snapshot_month"]).dt.to_period("M")
print(df.shape)
print(df.groupby("snapshot_month")[TARGET].agg(["size", "mean"]))

# per-customer view, latest snapshot first
df = df.sort_values(["customer_id", "snapshot_month"], ascending=[True, False]).reset_index(drop=True)
print(df[["customer_id", "snapshot_month", "logins_30d", "support_tickets_30d", TARGET]].head(12))

g = df.groupby("customer_id")
for col, name in [("support_tickets_30d", "tickets_3m"), ("logins_30d", "logins_3m"),
                  ("payment_failures_90d", "payfail_3m")]:
    df[name] = g[col].transform(lambda s: s.rolling(3, min_periods=1).mean())
df["logins_vs_3m"] = df["logins_30d"] - df["logins_3m"]
df["tickets_vs_3m"] = df["support_tickets_30d"] - df["tickets_3m"]

NUM = BASE_NUM + ["tickets_3m", "logins_3m", "payfail_3m", "logins_vs_3m", "tickets_vs_3m"]
X = pd.get_dummies(df[NUM + CAT], columns=CAT, dtype=float)
y = df[TARGET].to_numpy()
m = df["snapshot_month"]


def unseen(mask_eval, mask_train):
    seen = set(df.loc[mask_train, "customer_id"])
    return mask_eval & ~df["customer_id"].isin(seen)


def report(name, y_true, p):
    print(f"{name:>22}: ROC-AUC {roc_auc_score(y_true, p):.3f}  PR-AUC {average_precision_score(y_true, p):.3f}")


train_m = m <= pd.Period("2024-07", "M")
val_m = unseen(m == pd.Period("2024-08", "M"), train_m)
print("train rows", train_m.sum(), "| validation rows", val_m.sum())

grid = [(d, n) for d in (2, 3, 4) for n in (150, 300, 500)]
val_scores = {}
for depth, n_est in grid:
    gbm = GradientBoostingClassifier(max_depth=depth, n_estimators=n_est, learning_rate=0.05,
                                     subsample=0.8, random_state=1)
    gbm.fit(X[train_m], y[train_m])
    val_scores[(depth, n_est)] = average_precision_score(y[val_m], gbm.predict_proba(X[val_m])[:, 1])
    print(depth, n_est, round(val_scores[(depth, n_est)], 4))
best_depth, best_n = max(val_scores, key=val_scores.get)
print("chosen on August:", best_depth, best_n)

# refit on Jan-Aug, score September once
fit_m = m <= pd.Period("2024-08", "M")
hold_m = unseen(m == pd.Period("2024-09", "M"), fit_m)
gbm = GradientBoostingClassifier(max_depth=best_depth, n_estimators=best_n, learning_rate=0.05,
                                 subsample=0.8, random_state=1).fit(X[fit_m], y[fit_m])
dummy = DummyClassifier(strategy="prior").fit(X[fit_m], y[fit_m])
print("holdout Sep rows", hold_m.sum(), "positives", y[hold_m].sum())
report("gbm (holdout Sep)", y[hold_m], gbm.predict_proba(X[hold_m])[:, 1])
report("prior (holdout Sep)", y[hold_m], dummy.predict_proba(X[hold_m])[:, 1])

imp = pd.Series(gbm.feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp.head(10).round(3))

# final model and predictions
final = GradientBoostingClassifier(max_depth=best_depth, n_estimators=best_n, learning_rate=0.05,
                                   subsample=0.8, random_state=1).fit(X, y)
test = pd.read_csv("test.csv")
test["snapshot_month"] = pd.to_datetime(test["snapshot_month"]).dt.to_period("M")
test = test.sort_values(["customer_id", "snapshot_month"], ascending=[True, False]).reset_index(drop=True)
gt = test.groupby("customer_id")
for col, name in [("support_tickets_30d", "tickets_3m"), ("logins_30d", "logins_3m"),
                  ("payment_failures_90d", "payfail_3m")]:
    test[name] = gt[col].transform(lambda s: s.rolling(3, min_periods=1).mean())
test["logins_vs_3m"] = test["logins_30d"] - test["logins_3m"]
test["tickets_vs_3m"] = test["support_tickets_30d"] - test["tickets_3m"]
Xt = pd.get_dummies(test[NUM + CAT], columns=CAT, dtype=float).reindex(columns=X.columns, fill_value=0.0)
pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": final.predict_proba(Xt)[:, 1]}).to_csv(
    "predictions.csv", index=False)
