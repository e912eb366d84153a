"""Insurance claim cost -- gradient boosting with smoothed category encodings."""
import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, median_absolute_error
from sklearn.model_selection import GroupShuffleSplit

TARGET = "claim_cost"
DROP = ["claim_id", "settlement_amount", "adjuster_notes_len"]
NUM = ["vehicle_age", "driver_age", "prior_claims", "annual_mileage"]
ENCODE = ["region", "coverage_type"]
M = 30  # smoothing strength


def smoothed_mean(frame, col, target, m=M):
    prior = frame[target].mean()
    stats = frame.groupby(col)[target].agg(["mean", "count"])
    table = (stats["count"] * stats["mean"] + m * prior) / (stats["count"] + m)
    return frame[col].map(table), table, prior


df = pd.read_csv("train.csv").drop(columns=DROP)
print(df.shape)
print(df.groupby("region")[TARGET].agg(["mean", "count"]).sort_values("mean"))

tables = {}
for col in ENCODE:
    df[col + "_enc"], tables[col], global_prior = smoothed_mean(df, col, TARGET)
print(df[[c + "_enc" for c in ENCODE]].describe())

FEATURES = NUM + [c + "_enc" for c in ENCODE]
df["driver_age_sq"] = df["driver_age"] ** 2
FEATURES.append("driver_age_sq")

# keep each policy on one side of the split
gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=21)
train_idx, test_idx = next(gss.split(df, groups=df["policy_id"]))
train, test_part = df.iloc[train_idx], df.iloc[test_idx]
print("policies train/test:", train["policy_id"].nunique(), test_part["policy_id"].nunique())

gbr = GradientBoostingRegressor(
    loss="absolute_error", n_estimators=500, learning_rate=0.05, max_depth=3, subsample=0.8, random_state=21
)
gbr.fit(train[FEATURES], train[TARGET])
pred = gbr.predict(test_part[FEATURES])

# reference point: predict the training mean for every claim
mean_pred = np.full(len(test_part), train[TARGET].mean())

print("MAE    model %.2f   mean-baseline %.2f" % (
    mean_absolute_error(test_part[TARGET], pred), mean_absolute_error(test_part[TARGET], mean_pred)))
print("MedAE  model %.2f   mean-baseline %.2f" % (
    median_absolute_error(test_part[TARGET], pred), median_absolute_error(test_part[TARGET], mean_pred)))

for name, val in sorted(zip(FEATURES, gbr.feature_importances_), key=lambda t: -t[1]):
    print(f"  {name:22s}{val:.3f}")

# final model on all labelled claims
gbr.fit(df[FEATURES], df[TARGET])
sub = pd.read_csv("test.csv")
for col in ENCODE:
    sub[col + "_enc"] = sub[col].map(tables[col]).fillna(global_prior)
sub["driver_age_sq"] = sub["driver_age"] ** 2
pd.DataFrame({"claim_id": sub["claim_id"], "prediction": gbr.predict(sub[FEATURES])}).to_csv(
    "predictions.csv", index=False
)
