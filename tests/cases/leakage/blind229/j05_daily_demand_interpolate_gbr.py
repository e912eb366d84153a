# Daily demand for one SKU family from the shop's order export.
# Gaps in the export (days the ETL job failed) are filled before building lags.
# Last 8 weeks are held out.

import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error

HORIZON = 56

raw = pd.read_csv("data/daily_orders_sku_family.csv")
raw["order_date"] = pd.to_datetime(raw["order_date"], format="%Y-%m-%d")
raw = raw.sort_values("order_date")
print(raw.shape)
print(raw.isna().mean().round(3))

ts = (
    raw.set_index("order_date")[["units", "avg_price", "promo_flag", "web_sessions"]]
    .asfreq("D")
)
print("missing days:", ts["units"].isna().sum())

# fill the holes: demand linearly between neighbours, price from the next known
# price list, promo/sessions as zero when nothing was logged
ts["units"] = ts["units"].interpolate(method="linear")
ts["avg_price"] = ts["avg_price"].fillna(method="bfill")
ts["promo_flag"] = ts["promo_flag"].fillna(0)
ts["web_sessions"] = ts["web_sessions"].interpolate().fillna(0)


def build_features(frame):
    f = pd.DataFrame(index=frame.index)
    f["dow"] = frame.index.dayofweek
    f["month"] = frame.index.month
    f["doy"] = frame.index.dayofyear
    f["price"] = frame["avg_price"]
    f["price_change_7"] = frame["avg_price"].pct_change(7)
    f["promo"] = frame["promo_flag"]
    f["sessions_lag1"] = frame["web_sessions"].shift(1)
    for lag in [1, 2, 3, 7, 14, 28]:
        f[f"units_lag_{lag}"] = frame["units"].shift(lag)
    f["units_roll7"] = frame["units"].shift(1).rolling(7).mean()
    f["units_roll28"] = frame["units"].shift(1).rolling(28).mean()
    f["units_roll7_std"] = frame["units"].shift(1).rolling(7).std()
    return f


feat = build_features(ts)
data = feat.join(ts["units"]).dropna()
print(data.shape)

X = data.drop(columns="units")
y = data["units"]

X_train, X_test = X.iloc[:-HORIZON], X.iloc[-HORIZON:]
y_train, y_test = y.iloc[:-HORIZON], y.iloc[-HORIZON:]
print("train:", X_train.index.min().date(), "-", X_train.index.max().date())
print("test :", X_test.index.min().date(), "-", X_test.index.max().date())

models = {
    "ridge": Ridge(alpha=3.0),
    "gbr": GradientBoostingRegressor(n_estimators=400, learning_rate=0.03, max_depth=3,
                                     subsample=0.8, random_state=7),
}

preds = {}
for name, m in models.items():
    m.fit(X_train, y_train)
    p = np.clip(m.predict(X_test), 0, None)
    preds[name] = p
    print(f"{name:6s} MAE={mean_absolute_error(y_test, p):8.2f}  "
          f"MAPE={mean_absolute_percentage_error(y_test, p):.3f}")

fig, ax = plt.subplots(figsize=(12, 4))
y_test.plot(ax=ax, label="actual", color="k")
for name, p in preds.items():
    ax.plot(y_test.index, p, label=name)
ax.legend()
ax.set_title("last 8 weeks")
fig.savefig("holdout_forecast.png", dpi=120)

gbr = models["gbr"]
importances = pd.Series(gbr.feature_importances_, index=X.columns).sort_values(ascending=False)
print(importances.head(10))
