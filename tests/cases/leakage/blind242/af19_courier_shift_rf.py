import pandas as pd
import numpy as np
from sklearn.model_selection import GroupShuffleSplit
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, confusion_matrix

df = pd.read_csv("train.csv")
couriers = pd.read_csv("couriers.csv")
zones = pd.read_csv("zones.csv")

df = df.merge(couriers[["courier_id", "vehicle_type", "home_zone_id"]], on="courier_id", how="left")
df = df.merge(zones[["zone_id", "demand_index", "avg_distance_km"]], on="zone_id", how="left")
print(df.shape)
print(df.dtypes)

# couple of simple features
df["noshow_ratio"] = df["past_noshows"] / (df["past_shifts"] + 1)
df["far_from_home"] = (df["zone_id"] != df["home_zone_id"]).astype(int)
df["bike"] = (df["vehicle_type"] == "bike").astype(int)
df["evening"] = df["start_hour"].between(18, 23).astype(int)
df["booked_last_minute"] = (df["booked_days_ahead"] <= 1).astype(int)
df = df.fillna(0)

X = df.select_dtypes(include="number").drop(columns=["no_show"])
y = df["no_show"]
print("features:", list(X.columns))

gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=42)
train_idx, test_idx = next(gss.split(X, y, groups=df["courier_id"]))
X_train, X_test = X.iloc[train_idx], X.iloc[test_idx]
y_train, y_test = y.iloc[train_idx], y.iloc[test_idx]

rf = RandomForestClassifier(n_estimators=300, max_depth=12, n_jobs=-1, random_state=42)
rf.fit(X_train, y_train)
probs = rf.predict_proba(X_test)[:, 1]

baseline = DummyClassifier(strategy="prior").fit(X_train, y_train)
print("baseline AUC:", round(roc_auc_score(y_test, baseline.predict_proba(X_test)[:, 1]), 3))
print("RF AUC:", round(roc_auc_score(y_test, probs), 3))
print("RF avg precision:", round(average_precision_score(y_test, probs), 3))
print(confusion_matrix(y_test, probs > 0.4))

imp = pd.Series(rf.feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp.head(10))
