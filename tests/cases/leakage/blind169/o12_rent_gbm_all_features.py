import pandas as pd
import numpy as np
import lightgbm as lgb
from sklearn.model_selection import KFold, cross_val_predict
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error, r2_score

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

print(df.info())
print(df[["monthly_rent", "sqm", "days_on_market"]].corr())

# --- features ---------------------------------------------------------------
for d in (df, test):
    d["age"] = 2024 - d["year_built"]
    d["sqm_per_room"] = d["sqm"] / d["rooms"].clip(lower=1)
    d["desc_len"] = d["description"].fillna("").str.len()
    d["mentions_renovated"] = d["description"].fillna("").str.contains("renovat", case=False).astype(int)
    d["neighborhood"] = d["neighborhood"].astype("category")
    d["energy_label"] = d["energy_label"].astype("category")

features = [
    "neighborhood", "sqm", "rooms", "bathrooms", "floor", "has_elevator", "has_balcony",
    "furnished", "age", "dist_center_km", "energy_label", "sqm_per_room", "desc_len",
    "mentions_renovated", "days_on_market",
]
X, y = df[features], np.log1p(df["monthly_rent"])

model = lgb.LGBMRegressor(
    n_estimators=1200,
    learning_rate=0.02,
    num_leaves=48,
    min_child_samples=25,
    colsample_bytree=0.7,
    subsample=0.8,
    subsample_freq=1,
    random_state=5,
    verbose=-1,
)

cv = KFold(n_splits=5, shuffle=True, random_state=5)
oof_log = cross_val_predict(model, X, y, cv=cv)
oof = np.expm1(oof_log)

print("5-fold MAE :", round(mean_absolute_error(df["monthly_rent"], oof), 1))
print("5-fold MAPE:", round(mean_absolute_percentage_error(df["monthly_rent"], oof), 4))
print("5-fold R2  :", round(r2_score(df["monthly_rent"], oof), 4))

model.fit(X, y)
fi = pd.Series(model.booster_.feature_importance("gain"), index=features).sort_values(ascending=False)
print(fi.round(0))

test["prediction"] = np.expm1(model.predict(test[features]))
test[["listing_id", "prediction"]].to_csv("predictions.csv", index=False)
