# CTR model - XGBoost, train on the first 6 days, test on the last day
import numpy as np
import pandas as pd
from sklearn.metrics import accuracy_score
from xgboost import XGBClassifier

df = pd.read_csv("train.csv", parse_dates=["event_time"])
df = df.sort_values("event_time")
print(df.shape)
print(df["clicked"].value_counts())

df["hour"] = df["event_time"].dt.hour
df["is_weekend"] = (df["event_time"].dt.dayofweek >= 5).astype(int)
df["slot_area"] = df["slot_width"] * df["slot_height"]
df["user_ctr_7d"] = df["user_clicks_7d"] / (df["user_impressions_7d"] + 1)

cat_cols = ["site_category", "app_category", "device_type", "os"]
df = pd.get_dummies(df, columns=cat_cols, dtype=np.uint8)
features = ["hour", "is_weekend", "slot_area", "bid_floor", "banner_pos", "user_impressions_7d",
            "user_clicks_7d", "user_ctr_7d"] + [c for c in df.columns if c.startswith(tuple(cat_cols))]

split_time = df["event_time"].dt.normalize().max()
train = df[df["event_time"] < split_time]
test = df[df["event_time"] >= split_time]

model = XGBClassifier(
    n_estimators=400,
    max_depth=6,
    learning_rate=0.1,
    subsample=0.8,
    colsample_bytree=0.8,
    scale_pos_weight=5,
    tree_method="hist",
)
model.fit(train[features], train["clicked"])

pred = model.predict(test[features])
acc = accuracy_score(test["clicked"], pred)
print(f"Test accuracy: {acc:.4f}")

sub = pd.read_csv("test.csv", parse_dates=["event_time"])
sub["hour"] = sub["event_time"].dt.hour
sub["is_weekend"] = (sub["event_time"].dt.dayofweek >= 5).astype(int)
sub["slot_area"] = sub["slot_width"] * sub["slot_height"]
sub["user_ctr_7d"] = sub["user_clicks_7d"] / (sub["user_impressions_7d"] + 1)
sub = pd.get_dummies(sub, columns=cat_cols, dtype=np.uint8).reindex(columns=df.columns, fill_value=0)
sub["prediction"] = model.predict_proba(sub[features])[:, 1]
sub[["impression_id", "prediction"]].to_csv("predictions.csv", index=False)
