# Weekly demand - LightGBM tweedie, tuning the variance power
import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.metrics import mean_absolute_error, mean_squared_error, mean_tweedie_deviance

TIME = "week_start"
TARGET = "units_sold"

df = pd.read_csv("train.csv", parse_dates=[TIME])
sub = pd.read_csv("test.csv", parse_dates=[TIME])
print("zero-sales weeks: %.1f%%" % (100 * (df[TARGET] == 0).mean()))


def add_feats(d):
    d = d.sort_values(["product_id", TIME]).copy()
    d["woy"] = d[TIME].dt.isocalendar().week.astype(int)
    d["weeks_live"] = d.groupby("product_id").cumcount()
    d["promo_last_week"] = d.groupby("product_id")["promo_flag"].shift(1).fillna(0)
    d["price_change"] = d.groupby("product_id")["price"].diff().fillna(0)
    d["category"] = d["category"].astype("category")
    return d


df = add_feats(df)
sub = add_feats(sub)
sub["category"] = pd.Categorical(sub["category"], categories=df["category"].cat.categories)
cols = ["price", "discount_pct", "promo_flag", "promo_last_week", "display_feature",
        "holiday_week", "stock_on_hand", "woy", "weeks_live", "price_change", "category"]

# hold out the last 10 weeks, restricted to products launched inside that window
cut = df[TIME].max() - pd.Timedelta(weeks=10)
train_df = df[df[TIME] <= cut]
hold_df = df[(df[TIME] > cut) & (~df["product_id"].isin(train_df["product_id"].unique()))]
X_tr, y_tr = train_df[cols], train_df[TARGET]
X_ho, y_ho = hold_df[cols], hold_df[TARGET]

results = []
for power in [1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 1.8, 1.9]:
    for lr in [0.03, 0.06]:
        m = lgb.LGBMRegressor(objective="tweedie", tweedie_variance_power=power,
                              learning_rate=lr, n_estimators=500, num_leaves=31,
                              subsample=0.8, subsample_freq=1, colsample_bytree=0.8, verbose=-1)
        m.fit(X_tr, y_tr)
        p = m.predict(X_ho)
        results.append({"power": power, "lr": lr,
                        "mae": mean_absolute_error(y_ho, p),
                        "rmse": mean_squared_error(y_ho, p) ** 0.5,
                        "dev": mean_tweedie_deviance(y_ho, p, power=power)})

res = pd.DataFrame(results).sort_values("mae")
print(res.head(10))
best = res.iloc[0]
print(f"best power={best.power} lr={best.lr}: holdout MAE {best.mae:.3f}, RMSE {best.rmse:.3f}")

final = lgb.LGBMRegressor(objective="tweedie", tweedie_variance_power=best.power,
                          learning_rate=best.lr, n_estimators=500, num_leaves=31,
                          subsample=0.8, subsample_freq=1, colsample_bytree=0.8, verbose=-1)
final.fit(df[cols], df[TARGET])
pd.DataFrame({"row_id": sub["row_id"], "prediction": final.predict(sub[cols])}).to_csv("predictions.csv", index=False)
