# Trial upgrade -- random forest with SMOTE
# only ~23% of trial users upgrade, so I rebalance with SMOTE to help the forest
# find the upgraders.

import pandas as pd
import numpy as np
import polars as pl
from imblearn.over_sampling import SMOTE
from sklearn.ensemble import RandomForestClassifier, ExtraTreesClassifier
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, f1_score, classification_report, average_precision_score

SEED = 0

users = pl.read_parquet("data/users.parquet")
ev = pl.read_parquet("data/events.parquet")

usage = ev.group_by("user_id").agg(
    pl.len().alias("events"),
    pl.col("session_id").n_unique().alias("sessions"),
    pl.col("duration_s").sum().alias("secs"),
    pl.col("event_time").dt.date().n_unique().alias("days_active"),
    (pl.col("event_type") == "paywall_view").sum().alias("paywall"),
    (pl.col("event_type") == "export").sum().alias("exports"),
    (pl.col("event_type") == "share").sum().alias("shares"),
    (pl.col("event_type") == "invite_teammate").sum().alias("invites"),
)

df = (
    users.join(usage, on="user_id", how="left")
    .fill_null(0)
    .select(
        "events", "sessions", "secs", "days_active", "paywall", "exports", "shares", "invites",
        "trial_length_days", "referred", "platform", "acquisition_channel", "upgraded",
    )
    .to_pandas()
)
df = pd.get_dummies(df, columns=["platform", "acquisition_channel"], dtype=int)
df["referred"] = df["referred"].astype(int)

X = df.drop(columns="upgraded")
y = df["upgraded"].astype(int)
print("before SMOTE:", y.value_counts().to_dict())

X_res, y_res = SMOTE(random_state=SEED, k_neighbors=5).fit_resample(X, y)
print("after SMOTE:", y_res.value_counts().to_dict())

X_train, X_test, y_train, y_test = train_test_split(X_res, y_res, test_size=0.2, random_state=SEED)

forest_types = {
    "random_forest": RandomForestClassifier,
    "extra_trees": ExtraTreesClassifier,
}
for name, cls in forest_types.items():
    clf = cls(n_estimators=500, max_features="sqrt", min_samples_leaf=2, n_jobs=-1, random_state=SEED)
    clf.fit(X_train, y_train)
    proba = clf.predict_proba(X_test)[:, 1]
    pred = (proba >= 0.5).astype(int)
    print(f"\n== {name} ==")
    print(f"ROC AUC: {roc_auc_score(y_test, proba):.4f}")
    print(f"PR AUC : {average_precision_score(y_test, proba):.4f}")
    print(f"F1     : {f1_score(y_test, pred):.4f}")
    print(classification_report(y_test, pred, digits=3))

imp = pd.Series(clf.feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp.head(10))
