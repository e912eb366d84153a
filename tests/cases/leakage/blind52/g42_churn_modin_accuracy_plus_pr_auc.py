"""Churn prediction, modin.pandas + scikit-learn.

modin is imported as `pd`, so this is regular pandas code running on all cores.
"""
import modin.pandas as pd
import numpy as np
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score, roc_auc_score, average_precision_score

RANDOM_STATE = 4
TARGET = "churned"
NOT_FEATURES = ["row_id", "account_id", "snapshot_month", TARGET,
                "cancellation_reason", "retention_offer_accepted"]


def load(path):
    df = pd.read_csv(path, parse_dates=["snapshot_month"])
    df["nps_score"] = df["nps_score"].fillna(-1)
    df["spend_per_seat"] = df["monthly_spend"] / df["seats"].clip(lower=1)
    df["tickets_per_login"] = df["support_tickets_30d"] / (df["logins_30d"] + 1)
    df["dormant"] = (df["days_since_last_login"] > 21).astype(int)
    df["new_account"] = (df["tenure_months"] <= 3).astype(int)
    return pd.get_dummies(df, columns=["plan_tier", "region"], dtype=int)


df = load("train.csv")
print(df.shape)
print("churn rate:", round(df[TARGET].mean(), 4))
print(df.groupby(df["snapshot_month"].dt.to_period("M"))[TARGET].mean().tail(6))
print(df[["logins_30d", "days_since_last_login", "support_tickets_30d"]].describe())

feature_cols = [c for c in df.columns if c not in NOT_FEATURES]

# validation = a quarter of the accounts, scored only on the last three months;
# training = the remaining accounts, months before that
held_accounts = df["account_id"].drop_duplicates().sample(frac=0.25, random_state=RANDOM_STATE)
months = sorted(df["snapshot_month"].unique())
cutoff = months[-3]
held = df["account_id"].isin(held_accounts)
train = df[~held & (df["snapshot_month"] < cutoff)]
valid = df[held & (df["snapshot_month"] >= cutoff)]
print(f"train {len(train)} rows / valid {len(valid)} rows, cutoff {cutoff}")

X_tr, y_tr = train[feature_cols]._to_pandas(), train[TARGET]._to_pandas()
X_va, y_va = valid[feature_cols]._to_pandas(), valid[TARGET]._to_pandas()

forest = RandomForestClassifier(n_estimators=400, min_samples_leaf=10, max_features=0.4,
                                class_weight="balanced_subsample", n_jobs=-1,
                                random_state=RANDOM_STATE)
forest.fit(X_tr, y_tr)
p_model = forest.predict_proba(X_va)[:, 1]
acc_model = accuracy_score(y_va, forest.predict(X_va))

majority = DummyClassifier(strategy="most_frequent").fit(X_tr, y_tr)
acc_base = accuracy_score(y_va, majority.predict(X_va))
p_base = np.full(len(y_va), y_tr.mean())

print(f"random forest accuracy : {acc_model:.4f}   ROC AUC {roc_auc_score(y_va, p_model):.4f}"
      f"   PR AUC {average_precision_score(y_va, p_model):.4f}")
print(f"baseline accuracy      : {acc_base:.4f}   ROC AUC {roc_auc_score(y_va, p_base):.4f}"
      f"   PR AUC {average_precision_score(y_va, p_base):.4f}")

top = sorted(zip(forest.feature_importances_, feature_cols), reverse=True)[:10]
for imp, name in top:
    print(f"  {name:28s} {imp:.3f}")

# final model on all labelled rows
forest.fit(df[feature_cols]._to_pandas(), df[TARGET]._to_pandas())
test = load("test.csv")
X_test = test.reindex(columns=feature_cols, fill_value=0)._to_pandas()
pd.DataFrame({"row_id": test["row_id"], "prediction": forest.predict_proba(X_test)[:, 1]}).to_csv(
    "predictions.csv", index=False)
print("wrote predictions.csv")
