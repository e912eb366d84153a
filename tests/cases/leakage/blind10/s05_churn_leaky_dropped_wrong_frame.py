import pandas as pd
import numpy as np
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, classification_report

TARGET = "churned_next_month"

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
df["snapshot_month"] = pd.to_datetime(df["snapshot_month"])
test["snapshot_month"] = pd.to_datetime(test["snapshot_month"])

print(df.head())
print(df.isna().sum())
print(df[TARGET].value_counts())

# these are only known after the customer has already decided to leave
df_clean = df.drop(columns=["retention_offer_accepted", "account_closed_date_known"])
print("clean shape", df_clean.shape)


def prep(frame):
    frame = frame.copy()
    frame = pd.get_dummies(frame, columns=["plan", "region", "contract_type"], dtype=int)
    frame["tickets_per_login"] = frame["support_tickets_90d"] / (frame["logins_30d"] + 1)
    return frame


data = prep(df)
# time cut: last 2 months held out, and only customers never seen before
months = np.sort(data["snapshot_month"].unique())
cut = months[-2]
train_part = data[data.snapshot_month < cut]
valid_part = data[(data.snapshot_month >= cut)
                  & ~data.customer_id.isin(train_part.customer_id)]
print(len(train_part), len(valid_part))

feature_cols = [c for c in data.columns
                if c not in (TARGET, "snapshot_id", "customer_id", "snapshot_month")]
print(feature_cols)

X_tr, y_tr = train_part[feature_cols].astype(float), train_part[TARGET]
X_va, y_va = valid_part[feature_cols].astype(float), valid_part[TARGET]
X_tr = X_tr.fillna(-1)
X_va = X_va.fillna(-1)

dummy = DummyClassifier(strategy="stratified", random_state=0).fit(X_tr, y_tr)
print("dummy AP", average_precision_score(y_va, dummy.predict_proba(X_va)[:, 1]))

rf = RandomForestClassifier(n_estimators=400, min_samples_leaf=5,
                            class_weight="balanced_subsample", n_jobs=-1, random_state=1)
rf.fit(X_tr, y_tr)
proba = rf.predict_proba(X_va)[:, 1]
print("rf AUC", roc_auc_score(y_va, proba))
print("rf AP", average_precision_score(y_va, proba))
print(classification_report(y_va, (proba > 0.3).astype(int)))

imp = pd.Series(rf.feature_importances_, index=feature_cols).sort_values(ascending=False)
print(imp.head(15))

# submission
test_x = prep(test).reindex(columns=feature_cols, fill_value=0).astype(float).fillna(-1)
rf.fit(data[feature_cols].astype(float).fillna(-1), data[TARGET])
pd.DataFrame({"snapshot_id": test.snapshot_id,
              "prediction": rf.predict_proba(test_x)[:, 1]}).to_csv("predictions.csv", index=False)
