"""Sales forecasting with item-level demand encodings + gradient boosting.

Items differ mostly by their base demand, so each row gets its item's historical average
sales and weekday profile, computed only from days strictly before the row (expanding
mean on shifted values). Holdout: last 28 days; baseline: same weekday last week.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error

HORIZON = 28
train = pd.read_csv("train.csv", parse_dates=["date"])
test = pd.read_csv("test.csv", parse_dates=["date"])
full = pd.concat([train, test], ignore_index=True, sort=False)
full = full.sort_values(["store_id", "item_id", "date"]).reset_index(drop=True)
full["dow"] = full["date"].dt.dayofweek
full["month"] = full["date"].dt.month


def past_mean(frame, keys, lag):
    """Mean of sales over all rows of the same key strictly older than `lag` days."""
    return frame.groupby(keys)["sales"].transform(
        lambda s: s.shift(lag).expanding(min_periods=1).mean())


# encodings use only history available at forecast origin (lag >= horizon)
full["item_mean"] = past_mean(full, ["store_id", "item_id"], HORIZON)
full["item_dow_mean"] = past_mean(full, ["store_id", "item_id", "dow"], HORIZON // 7)
g = full.groupby(["store_id", "item_id"])["sales"]
full["lag_28"] = g.shift(28)
full["lag_35"] = g.shift(35)
full["lag_364"] = g.shift(364)
full["roll_28"] = g.transform(lambda s: s.shift(HORIZON).rolling(28, min_periods=7).mean())
full["naive_7"] = g.shift(7)

features = ["item_mean", "item_dow_mean", "lag_28", "lag_35", "lag_364", "roll_28",
            "onpromotion", "price", "holiday", "dow", "month"]

labelled = full[full["sales"].notna()].dropna(subset=["lag_35"])
cutoff = labelled["date"].max() - pd.Timedelta(days=HORIZON)
fit_rows = labelled[labelled["date"] <= cutoff]
hold_rows = labelled[labelled["date"] > cutoff]

model = HistGradientBoostingRegressor(max_iter=500, learning_rate=0.05, max_leaf_nodes=63,
                                      l2_regularization=1.0, random_state=42)
model.fit(fit_rows[features], fit_rows["sales"])
pred = np.clip(model.predict(hold_rows[features]), 0, None)

mae_model = mean_absolute_error(hold_rows["sales"], pred)
mae_naive = mean_absolute_error(hold_rows["sales"], hold_rows["naive_7"].fillna(0))
print(f"HGB            MAE {mae_model:.3f}")
print(f"seasonal naive MAE {mae_naive:.3f}")
print(f"relative MAE vs naive: {mae_model / mae_naive:.2f}")

per_item = (hold_rows.assign(err=np.abs(hold_rows["sales"] - pred))
            .groupby("item_id")["err"].mean().sort_values(ascending=False))
print(per_item.head(10))

final = HistGradientBoostingRegressor(max_iter=500, learning_rate=0.05, max_leaf_nodes=63,
                                      l2_regularization=1.0, random_state=42)
final.fit(labelled[features], labelled["sales"])
future = full[full["sales"].isna()]
sub = pd.DataFrame({"id": future["id"].astype(int),
                    "prediction": np.clip(final.predict(future[features]), 0, None)})
sub.to_csv("predictions.csv", index=False)
