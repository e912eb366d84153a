"""Crop yield prediction (FAO + World Bank, Kaggle 'yield_df.csv').

Regression of the yield in hg/ha from rainfall, pesticide use, temperature,
country and crop type.
"""
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import seaborn as sns
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import r2_score, mean_absolute_error, mean_squared_error

DATA_PATH = "input/crop-yield-prediction-dataset/yield_df.csv"

df = pd.read_csv(DATA_PATH)
df = df.drop(columns=["Unnamed: 0"], errors="ignore")
print(df.shape)
print(df.head())
print(df.isnull().sum())

# fill the gaps in the weather / pesticide columns
df = df.fillna(df.mean(numeric_only=True))

df = df.rename(columns={
    "hg/ha_yield": "yield_hg_ha",
    "average_rain_fall_mm_per_year": "rain_mm",
    "pesticides_tonnes": "pesticides_t",
    "avg_temp": "avg_temp_c",
})

print(df.describe().T)
print(df["Item"].value_counts())
print(df["Area"].nunique(), "countries")

fig, axes = plt.subplots(1, 3, figsize=(15, 4))
for ax, col in zip(axes, ["rain_mm", "pesticides_t", "avg_temp_c"]):
    ax.scatter(df[col], df["yield_hg_ha"], s=4, alpha=0.4)
    ax.set_xlabel(col)
    ax.set_ylabel("yield (hg/ha)")
plt.tight_layout()
plt.savefig("yield_scatter.png")

plt.figure(figsize=(6, 4))
sns.histplot(np.log1p(df["yield_hg_ha"]), bins=50)
plt.title("log yield")
plt.savefig("yield_hist.png")

# one-hot the country and crop columns
data = pd.get_dummies(df, columns=["Area", "Item"], drop_first=True)

X = data.drop(columns=["yield_hg_ha"])
y = data["yield_hg_ha"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0)
print("train:", X_train.shape, "test:", X_test.shape)


def report(name, y_true, y_hat):
    rmse = np.sqrt(mean_squared_error(y_true, y_hat))
    print(f"{name:<14} R2={r2_score(y_true, y_hat):.4f}  MAE={mean_absolute_error(y_true, y_hat):,.0f}  RMSE={rmse:,.0f}")


dummy = DummyRegressor(strategy="mean").fit(X_train, y_train)
report("mean baseline", y_test, dummy.predict(X_test))

rf = RandomForestRegressor(n_estimators=300, min_samples_leaf=2, n_jobs=-1, random_state=0)
rf.fit(X_train, y_train)
pred = rf.predict(X_test)
report("random forest", y_test, pred)

imp = pd.Series(rf.feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp.head(15))

plt.figure(figsize=(6, 6))
plt.scatter(y_test, pred, s=5, alpha=0.5)
lims = [0, max(y_test.max(), pred.max())]
plt.plot(lims, lims, "r--")
plt.xlabel("actual")
plt.ylabel("predicted")
plt.savefig("rf_pred_vs_actual.png")
