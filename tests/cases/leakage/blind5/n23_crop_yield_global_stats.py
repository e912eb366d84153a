# Crop yield prediction (FAO yield + World Bank rainfall/temperature + pesticides)
# target: hg/ha_yield

import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import r2_score, mean_absolute_error, mean_squared_error

df = pd.read_csv("yield_df.csv")
df = df.drop(columns=[c for c in df.columns if c.startswith("Unnamed")])
print(df.shape)
print(df.head())
print(df.dtypes)
print(df.isnull().sum())

df = df.rename(columns={"hg/ha_yield": "yield_hg_ha",
                        "average_rain_fall_mm_per_year": "rain_mm",
                        "pesticides_tonnes": "pesticides_t",
                        "avg_temp": "temp_c"})

print(df["Item"].value_counts())
print(df["Area"].nunique(), "countries")
print(df.describe())

# some rows have rainfall stored as text ('..') in the raw merge
df["rain_mm"] = pd.to_numeric(df["rain_mm"], errors="coerce")
df["pesticides_t"] = pd.to_numeric(df["pesticides_t"], errors="coerce")

# fill the gaps with the column medians
df = df.fillna(df.median(numeric_only=True))

# extra features
df["log_pesticides"] = np.log1p(df["pesticides_t"])
df["rain_per_deg"] = df["rain_mm"] / (df["temp_c"].abs() + 1)
df["temp_sq"] = df["temp_c"] ** 2
df["years_since_1990"] = df["Year"] - 1990

# standardise the climate variables so they're on the same scale
for col in ["rain_mm", "temp_c", "log_pesticides", "rain_per_deg", "temp_sq"]:
    df[col] = (df[col] - df[col].mean()) / df[col].std()

df = pd.get_dummies(df, columns=["Area", "Item"], prefix=["area", "crop"], dtype=int)

X = df.drop(columns=["yield_hg_ha", "pesticides_t"])
y = np.log1p(df["yield_hg_ha"])

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0)
print(X_train.shape, X_test.shape)

rf = RandomForestRegressor(n_estimators=300, n_jobs=-1, random_state=0)
rf.fit(X_train, y_train)
pred = np.expm1(rf.predict(X_test))
true = np.expm1(y_test)
print("R2  :", round(r2_score(true, pred), 4))
print("MAE :", round(mean_absolute_error(true, pred), 1))
print("RMSE:", round(mean_squared_error(true, pred) ** 0.5, 1))

imp = pd.Series(rf.feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp.head(15))
imp.head(15).plot.barh(figsize=(7, 5))
plt.gca().invert_yaxis()
plt.tight_layout()
plt.show()
