# churn-snapshots: gradient boosting on "everything that isn't obviously an id or the label"
import warnings
warnings.filterwarnings("ignore")

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss

TARGET = "churned_next_month"

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
train["snapshot_month"] = pd.to_datetime(train["snapshot_month"])
test["snapshot_month"] = pd.to_datetime(test["snapshot_month"])

# retention_offer_accepted is only known after the customer decided -> out
not_features = [TARGET, "customer_id", "snapshot_month", "retention_offer_accepted"]
feature_cols = train.columns.drop(not_features).tolist()
print("feature columns:", feature_cols)

X_full = pd.get_dummies(train[feature_cols], columns=["plan"], dtype=int)
X_sub = pd.get_dummies(test[feature_cols], columns=["plan"], dtype=int).reindex(columns=X_full.columns, fill_value=0)
X_full = X_full.fillna(0)
X_sub = X_sub.fillna(0)
y_full = train[TARGET]

# --- evaluation: train on Jan-Jun, evaluate on Jul-Sep of customers that are new in Jul-Sep
cut = pd.Timestamp("2024-07-01")
early = train["snapshot_month"] < cut
seen_before_cut = set(train.loc[early, "customer_id"])
evaluation = ~early & ~train["customer_id"].isin(seen_before_cut)

X_tr, y_tr = X_full[early], y_full[early]
X_ev, y_ev = X_full[evaluation], y_full[evaluation]
print("train rows", len(X_tr), "| eval rows", len(X_ev), "| eval churners", int(y_ev.sum()))

results = {}

base = DummyClassifier(strategy="prior")
base.fit(X_tr, y_tr)
pb = base.predict_proba(X_ev)[:, 1]
results["dummy_prior"] = pb

gb = GradientBoostingClassifier(n_estimators=300, learning_rate=0.05, max_depth=3,
                                subsample=0.8, min_samples_leaf=30, random_state=0)
gb.fit(X_tr, y_tr)
results["gbm"] = gb.predict_proba(X_ev)[:, 1]

gb_shallow = GradientBoostingClassifier(n_estimators=600, learning_rate=0.03, max_depth=2,
                                        subsample=0.8, min_samples_leaf=30, random_state=0)
gb_shallow.fit(X_tr, y_tr)
results["gbm_depth2"] = gb_shallow.predict_proba(X_ev)[:, 1]

print(f"{'model':14s} {'auc':>7s} {'ap':>7s} {'logloss':>8s}")
for name, p in results.items():
    print(f"{name:14s} {roc_auc_score(y_ev, p):7.4f} {average_precision_score(y_ev, p):7.4f} "
          f"{log_loss(y_ev, np.clip(p, 1e-6, 1 - 1e-6)):8.4f}")

fi = pd.Series(gb.feature_importances_, index=X_full.columns).sort_values(ascending=False)
print("\ntop features:")
print(fi.head(12).round(4))

# lift table for the default gbm
lift = pd.DataFrame({"p": results["gbm"], "y": y_ev.values})
lift["bucket"] = pd.qcut(lift["p"].rank(method="first"), 5, labels=["q1", "q2", "q3", "q4", "q5"])
print(lift.groupby("bucket")["y"].agg(["mean", "sum", "size"]))

# --- submission with the default gbm, refit on all labelled rows
gb_final = GradientBoostingClassifier(n_estimators=300, learning_rate=0.05, max_depth=3,
                                      subsample=0.8, min_samples_leaf=30, random_state=0)
gb_final.fit(X_full, y_full)
pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": gb_final.predict_proba(X_sub)[:, 1]}) \
    .to_csv("predictions.csv", index=False)
print("done.")
