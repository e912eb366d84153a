"""Crop yield prediction (FAO + World Bank, Kaggle 'yield_df.csv').

Random forest on rainfall, pesticides, temperature, country and crop.
"""
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.model_selection import train_test_split
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import OneHotEncoder
from sklearn.ensemble import RandomForestRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import r2_score, mean_absolute_error, mean_squared_error

DATA_PATH = "input/crop-yield-prediction-dataset/yield_df.csv"
TARGET = "yield_hg_ha"

df = pd.read_csv(DATA_PATH).drop(columns=["Unnamed: 0"], errors="ignore")
df = df.rename(columns={
    "hg/ha_yield": TARGET,
    "average_rain_fall_mm_per_year": "rain_mm",
    "pesticides_tonnes": "pesticides_t",
    "avg_temp": "avg_temp_c",
})
print(df.shape)
print(df.isnull().mean().round(3))
print(df["Item"].value_counts())

num_cols = ["Year", "rain_mm", "pesticides_t", "avg_temp_c"]
cat_cols = ["Area", "Item"]

X = df[num_cols + cat_cols]
y = df[TARGET]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0)

preprocess = ColumnTransformer([
    ("num", SimpleImputer(strategy="mean"), num_cols),
    ("cat", OneHotEncoder(handle_unknown="ignore"), cat_cols),
])

model = Pipeline([
    ("prep", preprocess),
    ("rf", RandomForestRegressor(n_estimators=300, min_samples_leaf=2, n_jobs=-1, random_state=0)),
])


def report(name, y_true, y_hat):
    rmse = np.sqrt(mean_squared_error(y_true, y_hat))
    print(f"{name:<14} R2={r2_score(y_true, y_hat):.4f}  MAE={mean_absolute_error(y_true, y_hat):,.0f}  RMSE={rmse:,.0f}")


baseline = DummyRegressor(strategy="mean").fit(X_train, y_train)
report("mean baseline", y_test, baseline.predict(X_test))

model.fit(X_train, y_train)
pred = model.predict(X_test)
report("random forest", y_test, pred)

ohe_names = model.named_steps["prep"].named_transformers_["cat"].get_feature_names_out(cat_cols)
names = num_cols + list(ohe_names)
imp = pd.Series(model.named_steps["rf"].feature_importances_, index=names)
print(imp.sort_values(ascending=False).head(15))

residuals = y_test - pred
plt.figure(figsize=(7, 4))
plt.hist(residuals, bins=60)
plt.title("Test residuals")
plt.savefig("residuals.png")
