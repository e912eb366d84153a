"""ETA with prediction intervals.

Ops asked for a P50 and a P90 so the app can show "25-35 min". Two quantile GBMs,
evaluated with GroupKFold over couriers (pinball loss + interval coverage).
"""
import numpy as np
import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_pinball_loss
from sklearn.model_selection import GroupKFold
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder

TARGET = "delivery_minutes"
ID = "order_id"
GROUP = "courier_id"

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

NON_FEATURES = [TARGET, ID, GROUP, "restaurant_id"]
feature_cols = [c for c in train.columns if c not in NON_FEATURES]
cat_cols = ["vehicle_type", "weather", "traffic_level"]
print("using", feature_cols)


def quantile_model(alpha):
    return make_pipeline(
        make_column_transformer((OneHotEncoder(handle_unknown="ignore"), cat_cols), remainder="passthrough"),
        GradientBoostingRegressor(loss="quantile", alpha=alpha, n_estimators=400,
                                  max_depth=4, learning_rate=0.05, min_samples_leaf=20, random_state=0),
    )


X = train[feature_cols]
y = train[TARGET].to_numpy()
groups = train[GROUP]

records = []
for fold, (tr, va) in enumerate(GroupKFold(n_splits=5).split(X, y, groups)):
    p50 = quantile_model(0.5).fit(X.iloc[tr], y[tr]).predict(X.iloc[va])
    p90 = quantile_model(0.9).fit(X.iloc[tr], y[tr]).predict(X.iloc[va])
    records.append({
        "fold": fold,
        "mae_p50": mean_absolute_error(y[va], p50),
        "pinball_50": mean_pinball_loss(y[va], p50, alpha=0.5),
        "pinball_90": mean_pinball_loss(y[va], p90, alpha=0.9),
        "coverage_90": np.mean(y[va] <= p90),
        "late_rate": np.mean(y[va] > p50 + 10),
    })

cv = pd.DataFrame(records)
print(cv.round(3))
print(cv.drop(columns="fold").mean().round(3))

final_p50 = quantile_model(0.5).fit(X, y)
final_p90 = quantile_model(0.9).fit(X, y)
out = pd.DataFrame({ID: test[ID], "prediction": final_p50.predict(test[feature_cols])})
out.to_csv("predictions.csv", index=False)
pd.DataFrame({ID: test[ID], "p90": final_p90.predict(test[feature_cols])}).to_csv("p90.csv", index=False)
