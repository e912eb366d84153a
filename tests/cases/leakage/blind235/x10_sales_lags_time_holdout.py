"""
Store Item Demand Forecasting (Kaggle) - total daily sales of store 1.
Lag / rolling features + gradient boosting, evaluated on the last 3 months.
"""
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.ensemble import GradientBoostingRegressor, RandomForestRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error


def smape(y_true, y_pred):
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    denom = (np.abs(y_true) + np.abs(y_pred)) / 2.0
    out = np.where(denom == 0, 0.0, np.abs(y_true - y_pred) / denom)
    return 100 * out.mean()


def report(name, y_true, y_pred):
    print(f"{name:<22} MAE={mean_absolute_error(y_true, y_pred):8.2f} "
          f"RMSE={np.sqrt(mean_squared_error(y_true, y_pred)):8.2f} "
          f"SMAPE={smape(y_true, y_pred):6.2f}")


raw = pd.read_csv("train.csv", parse_dates=["date"])
store1 = raw[raw["store"] == 1]

daily = (store1.set_index("date")
               .resample("D")["sales"].sum()
               .to_frame())
daily = daily.sort_index()
print(daily.shape, daily.index.min(), daily.index.max())

daily["sales"].plot(figsize=(14, 4), title="store 1 - daily sales")
plt.show()


def add_features(d):
    d = d.copy()
    d["dayofweek"] = d.index.dayofweek
    d["month"] = d.index.month
    d["dayofyear"] = d.index.dayofyear
    d["year"] = d.index.year
    d["is_weekend"] = (d["dayofweek"] >= 5).astype(int)
    # every feature looks strictly backwards (shift >= 1)
    for lag in (1, 2, 3, 7, 14, 28, 364):
        d[f"lag_{lag}"] = d["sales"].shift(lag)
    past = d["sales"].shift(1)
    for w in (7, 28, 90):
        d[f"roll_mean_{w}"] = past.rolling(w).mean()
        d[f"roll_std_{w}"] = past.rolling(w).std()
    d["ewm_7"] = past.ewm(span=7).mean()
    return d


feat = add_features(daily).dropna()
FEATURES = [c for c in feat.columns if c != "sales"]
print(len(FEATURES), "features,", len(feat), "rows")

# hold out the final 90 days: everything before the cutoff is training
cutoff = feat.index.max() - pd.Timedelta(days=90)
train = feat.loc[feat.index <= cutoff]
test = feat.loc[feat.index > cutoff]
X_train, y_train = train[FEATURES], train["sales"]
X_test, y_test = test[FEATURES], test["sales"]
print("train", X_train.index.min().date(), "->", X_train.index.max().date())
print("test ", X_test.index.min().date(), "->", X_test.index.max().date())

# naive seasonal baseline: same weekday last week
report("baseline (lag_7)", y_test, X_test["lag_7"])

gbr = GradientBoostingRegressor(n_estimators=500, max_depth=4, learning_rate=0.03,
                                subsample=0.8, random_state=1)
gbr.fit(X_train, y_train)
pred_gbr = gbr.predict(X_test)
report("GradientBoosting", y_test, pred_gbr)

rf = RandomForestRegressor(n_estimators=400, min_samples_leaf=3, n_jobs=-1, random_state=1)
rf.fit(X_train, y_train)
pred_rf = rf.predict(X_test)
report("RandomForest", y_test, pred_rf)

blend = 0.5 * pred_gbr + 0.5 * pred_rf
report("blend", y_test, blend)

plot_df = pd.DataFrame({"actual": y_test, "gbr": pred_gbr, "naive": X_test["lag_7"]})
plot_df.plot(figsize=(14, 4), style=["-", "--", ":"])
plt.title("holdout: actual vs predicted")
plt.show()

imp = pd.Series(gbr.feature_importances_, index=FEATURES).sort_values()
imp.plot(kind="barh", figsize=(7, 8))
plt.title("GBR feature importance")
plt.show()
