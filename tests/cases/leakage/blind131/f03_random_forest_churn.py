"""Churn snapshots take-home: random forest.

Run from the bundle folder: python f03_random_forest_churn.py
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, average_precision_score, classification_report

TARGET = "churned_next_month"
ID_COL = "snapshot_id"

df = pd.read_csv("train.csv")
test_df = pd.read_csv("test.csv")

print(df.shape)
print(df[TARGET].value_counts())
print(df.dtypes)
print(df.isnull().sum())

# ---------------------------------------------------------------- features
def make_features(data):
    data = data.copy()
    data["snapshot_month"] = pd.to_datetime(data["snapshot_month"])
    data["month_num"] = data["snapshot_month"].dt.month
    data["days_since_last_login"] = data["days_since_last_login"].fillna(999)
    data["inactive"] = np.where(data["days_since_last_login"] > 30, 1, 0)
    data["many_tickets"] = np.where(data["support_tickets_30d"] >= 3, 1, 0)
    data["tenure_band"] = pd.cut(data["tenure_months"], bins=[-1, 3, 6, 12, 24, 48, 1000],
                                 labels=False)
    data["plan"] = data["plan"].map({"basic": 0, "standard": 1, "premium": 2}).fillna(-1)
    data = pd.get_dummies(data, columns=["region"], dtype=int)
    data["has_discount"] = data["has_discount"].astype(int)
    return data

df = make_features(df)
test_df = make_features(test_df)

DROP = [TARGET, ID_COL, "customer_id", "snapshot_month",
        "retention_offer_accepted", "account_closed_date_known"]
features = [c for c in df.columns if c not in DROP]
test_df = test_df.reindex(columns=df.columns.drop(TARGET), fill_value=0)
print("n features:", len(features))

X = df[features]
y = df[TARGET]

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.2, stratify=y, random_state=7
)

rf = RandomForestClassifier(
    n_estimators=400,
    max_depth=10,
    min_samples_leaf=20,
    class_weight="balanced_subsample",
    n_jobs=-1,
    random_state=7,
)
rf.fit(X_train, y_train)

proba = rf.predict_proba(X_test)[:, 1]
print("ROC AUC:", round(roc_auc_score(y_test, proba), 4))
print("Avg precision:", round(average_precision_score(y_test, proba), 4))
print(classification_report(y_test, (proba > 0.5).astype(int), digits=3))

imp = pd.Series(rf.feature_importances_, index=features).sort_values(ascending=False)
print(imp.head(15))

# ---------------------------------------------------------------- submission
rf.fit(X, y)
sub = pd.DataFrame({ID_COL: test_df[ID_COL], "prediction": rf.predict_proba(test_df[features])[:, 1]})
sub.to_csv("predictions.csv", index=False)
print("wrote predictions.csv", sub.shape)
