"""
Hospital length-of-stay regression.

Data: LengthOfStay.csv (one row per encounter, ~100k rows).
Goal: predict lengthofstay (days) at admission time.
"""
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt

from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import train_test_split
from sklearn.linear_model import Ridge
from sklearn.ensemble import RandomForestRegressor, GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score

DATA = "data/LengthOfStay.csv"
SEED = 42

df = pd.read_csv(DATA)
print(df.shape)
print(df.head())
print(df.isna().sum().sort_values(ascending=False).head(10))

# ---- basic cleaning -------------------------------------------------------
df["vdate"] = pd.to_datetime(df["vdate"])
df["visit_month"] = df["vdate"].dt.month
df["visit_dow"] = df["vdate"].dt.dayofweek

# readmission count has a "5+" bucket
df["rcount"] = df["rcount"].replace("5+", 5).astype(int)
df["gender"] = (df["gender"] == "M").astype(int)
df = pd.get_dummies(df, columns=["facid"], prefix="fac")

comorbid = ["dialysisrenalendstage", "asthma", "irondef", "pneum",
            "substancedependence", "psychologicaldisordermajor", "depress",
            "psychother", "fibrosisandother", "malnutrition", "hemo"]
df["n_comorbid"] = df[comorbid].sum(axis=1)

target = "lengthofstay"
drop_cols = ["eid", "vdate", "discharged", target]
feature_cols = [c for c in df.columns if c not in drop_cols]
print(len(feature_cols), "features")

X = df[feature_cols].astype(float)
y = df[target].values

# lab values have a few gaps -> median fill, then standardise for the linear model
imputer = SimpleImputer(strategy="median")
X_imp = imputer.fit_transform(X)

scaler = StandardScaler()
X_scaled = scaler.fit_transform(X_imp)

X_train, X_test, y_train, y_test = train_test_split(
    X_scaled, y, test_size=0.2, random_state=SEED
)
print("train:", X_train.shape, "test:", X_test.shape)


def report(name, y_true, y_pred):
    mae = mean_absolute_error(y_true, y_pred)
    rmse = np.sqrt(mean_squared_error(y_true, y_pred))
    r2 = r2_score(y_true, y_pred)
    print(f"{name:<18} MAE={mae:.3f}  RMSE={rmse:.3f}  R2={r2:.3f}")
    return {"model": name, "mae": mae, "rmse": rmse, "r2": r2}


models = {
    "ridge": Ridge(alpha=1.0),
    "random_forest": RandomForestRegressor(n_estimators=200, min_samples_leaf=5,
                                           n_jobs=-1, random_state=SEED),
    "gbr": GradientBoostingRegressor(n_estimators=300, max_depth=4,
                                     learning_rate=0.05, random_state=SEED),
}

results = []
fitted = {}
for name, model in models.items():
    model.fit(X_train, y_train)
    preds = model.predict(X_test)
    results.append(report(name, y_test, preds))
    fitted[name] = model

res = pd.DataFrame(results).set_index("model")
print(res)

# feature importances from the boosted model
gbr = fitted["gbr"]
imp = pd.Series(gbr.feature_importances_, index=feature_cols).sort_values()
imp.tail(15).plot.barh(figsize=(6, 6), title="GBR feature importance")
plt.tight_layout()
plt.savefig("los_importance.png")

# residuals
resid = y_test - gbr.predict(X_test)
plt.figure()
plt.hist(resid, bins=50)
plt.title("residuals (days)")
plt.savefig("los_residuals.png")
