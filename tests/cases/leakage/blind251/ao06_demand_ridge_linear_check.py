# Quick linear benchmark before spending time on GBMs.
# Ridge on a handful of lag / price features, last 8 weeks held out.
import numpy as np
import pandas as pd
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error

H = 8

df = pd.read_csv("train.csv", parse_dates=["week_start"])
df = df.sort_values(["store_id", "item_id", "week_start"])

g = df.groupby(["store_id", "item_id"])["units_sold"]
df["lag8"] = g.shift(8)
df["lag52"] = g.shift(52)
df["ma8"] = g.transform(lambda s: s.shift(8).rolling(8).mean())
df["log_price"] = np.log(df["price"])
df["disc"] = (df["base_price"] - df["price"]) / df["base_price"]
df["woy_sin"] = np.sin(2 * np.pi * df["week_start"].dt.isocalendar().week.astype(int) / 52)
df["woy_cos"] = np.cos(2 * np.pi * df["week_start"].dt.isocalendar().week.astype(int) / 52)
df = df.dropna(subset=["lag8", "lag52", "ma8", "price"])

num = ["lag8", "lag52", "ma8", "log_price", "disc", "store_size_sqft", "temp_avg_c"]
flags = ["promo_flag", "display_flag", "holiday_week", "woy_sin", "woy_cos"]

cut = df["week_start"].max() - pd.Timedelta(weeks=H)
is_tr = df["week_start"] <= cut

# ridge needs comparable scales -- means/stds from the fitting weeks only
mu = df.loc[is_tr, num].mean()
sd = df.loc[is_tr, num].std()
df[num] = df[num].fillna(mu)
df[num] = (df[num] - mu) / sd

dummies = pd.get_dummies(df[["category", "store_type"]], drop_first=True).astype(float)
X = pd.concat([df[num + flags], dummies], axis=1)
y = df["units_sold"]

X_tr, y_tr = X[is_tr], y[is_tr]
X_te, y_te = X[~is_tr], y[~is_tr]
print("train rows", len(X_tr), "test rows", len(X_te))

for alpha in [1.0]:
    r = Ridge(alpha=alpha).fit(X_tr, y_tr)
    p = np.clip(r.predict(X_te), 0, None)
    print("ridge alpha=%s  MAE %.3f" % (alpha, mean_absolute_error(y_te, p)))

# baselines: last available week (lag 8) and seasonal naive
raw = pd.read_csv("train.csv", parse_dates=["week_start"]).sort_values(["store_id", "item_id", "week_start"])
raw["lag8"] = raw.groupby(["store_id", "item_id"])["units_sold"].shift(8)
raw["lag52"] = raw.groupby(["store_id", "item_id"])["units_sold"].shift(52)
bt = raw.loc[X_te.index]
print("naive lag8   MAE %.3f" % mean_absolute_error(bt["units_sold"], bt["lag8"]))
print("naive lag52  MAE %.3f" % mean_absolute_error(bt["units_sold"], bt["lag52"]))

coef = pd.Series(r.coef_, index=X.columns).sort_values()
print(coef)
