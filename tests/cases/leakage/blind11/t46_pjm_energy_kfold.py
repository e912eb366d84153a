# Hourly energy consumption (PJM East) - XGBoost with lag features, 5-fold CV
import pandas as pd
import numpy as np
import xgboost as xgb
import matplotlib.pyplot as plt
from sklearn.model_selection import KFold, cross_val_score
from sklearn.metrics import mean_absolute_error

pjm = pd.read_csv("PJME_hourly.csv")
pjm["Datetime"] = pd.to_datetime(pjm["Datetime"])
pjm = pjm.drop_duplicates(subset="Datetime").sort_values("Datetime").set_index("Datetime")
pjm = pjm.asfreq("H")
print(pjm.isna().sum())
pjm["PJME_MW"] = pjm["PJME_MW"].interpolate(limit=3)
pjm = pjm.dropna()

pjm["PJME_MW"].plot(figsize=(15, 4), lw=0.3, title="PJM East load (MW)")
plt.savefig("pjme.png")
plt.close()


def create_features(d):
    d = d.copy()
    d["hour"] = d.index.hour
    d["dayofweek"] = d.index.dayofweek
    d["month"] = d.index.month
    d["dayofyear"] = d.index.dayofyear
    d["weekofyear"] = d.index.isocalendar().week.astype(int)
    d["lag_24"] = d["PJME_MW"].shift(24)
    d["lag_48"] = d["PJME_MW"].shift(48)
    d["lag_168"] = d["PJME_MW"].shift(168)
    d["roll24_mean"] = d["PJME_MW"].shift(24).rolling(24).mean()
    return d


pjm = create_features(pjm).dropna()
FEATURES = ["hour", "dayofweek", "month", "dayofyear", "weekofyear",
            "lag_24", "lag_48", "lag_168", "roll24_mean"]
TARGET = "PJME_MW"

X, y = pjm[FEATURES], pjm[TARGET]

reg = xgb.XGBRegressor(n_estimators=600, learning_rate=0.05, max_depth=6,
                       subsample=0.8, colsample_bytree=0.8, tree_method="hist")

kf = KFold(n_splits=5, shuffle=True, random_state=42)
mae = -cross_val_score(reg, X, y, cv=kf, scoring="neg_mean_absolute_error", n_jobs=-1)
print("CV MAE per fold:", mae.round(1))
print("CV MAE: %.1f MW" % mae.mean())

# baseline: same hour yesterday
baseline_mae = mean_absolute_error(y, pjm["lag_24"])
print("persistence baseline (t-24h) MAE: %.1f MW" % baseline_mae)

reg.fit(X, y)
imp = pd.Series(reg.feature_importances_, index=FEATURES).sort_values()
imp.plot.barh()
plt.tight_layout()
plt.savefig("pjme_importance.png")
