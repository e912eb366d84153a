"""House prices - correlation-based feature selection on the training split only.

Same idea as the popular "top correlated features" notebooks, but the
correlation ranking is computed after the split, on the training rows.
"""
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import seaborn as sns
from sklearn.model_selection import train_test_split
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_squared_error, r2_score

RANDOM_STATE = 42
N_FEATURES = 12

houses = pd.read_csv("train.csv")
houses_test = pd.read_csv("test.csv")
print(houses.shape, houses_test.shape)

# --- quick EDA --------------------------------------------------------------
fig, axes = plt.subplots(1, 2, figsize=(12, 4))
sns.histplot(houses["SalePrice"], ax=axes[0])
sns.histplot(np.log1p(houses["SalePrice"]), ax=axes[1])
plt.savefig("target_distribution.png")
plt.close()

print(houses.select_dtypes("object").nunique().sort_values(ascending=False).head(10))

# --- row-wise feature engineering (no statistics) --------------------------
def engineer(df):
    df = df.copy()
    df["TotalSF"] = df["TotalBsmtSF"].fillna(0) + df["1stFlrSF"] + df["2ndFlrSF"]
    df["HouseAge"] = df["YrSold"] - df["YearBuilt"]
    df["RemodAge"] = df["YrSold"] - df["YearRemodAdd"]
    df["TotalBath"] = (df["FullBath"] + 0.5 * df["HalfBath"]
                       + df["BsmtFullBath"].fillna(0) + 0.5 * df["BsmtHalfBath"].fillna(0))
    return df

houses = engineer(houses)
houses_test = engineer(houses_test)

y = np.log1p(houses["SalePrice"])
X_all = houses.select_dtypes(include=[np.number]).drop(columns=["Id", "SalePrice"]).fillna(0)

X_train, X_test, y_train, y_test = train_test_split(X_all, y, test_size=0.2, random_state=RANDOM_STATE)

# --- feature selection on the training rows only ----------------------------
train_corr = X_train.corrwith(y_train).abs().sort_values(ascending=False)
print(train_corr.head(20))
selected = train_corr.head(N_FEATURES).index.tolist()
print("selected:", selected)

plt.figure(figsize=(9, 7))
sns.heatmap(X_train[selected].corr(), cmap="coolwarm")
plt.savefig("selected_corr.png")
plt.close()

# --- baseline ---------------------------------------------------------------
dummy = DummyRegressor(strategy="mean").fit(X_train[selected], y_train)
print("DummyRegressor RMSE (log):", np.sqrt(mean_squared_error(y_test, dummy.predict(X_test[selected]))))

# --- model -----------------------------------------------------------------
model = GradientBoostingRegressor(n_estimators=600, learning_rate=0.03, max_depth=3,
                                  subsample=0.8, random_state=RANDOM_STATE)
model.fit(X_train[selected], y_train)
pred = model.predict(X_test[selected])
print(f"GBR held-out RMSE (log): {np.sqrt(mean_squared_error(y_test, pred)):.4f}")
print(f"GBR held-out R2: {r2_score(y_test, pred):.4f}")

importance = pd.Series(model.feature_importances_, index=selected).sort_values()
importance.plot(kind="barh", figsize=(7, 5))
plt.tight_layout()
plt.savefig("importance.png")
plt.close()

# --- submission -------------------------------------------------------------
test_X = houses_test[selected].fillna(0)
pd.DataFrame({"Id": houses_test["Id"], "SalePrice": np.expm1(model.predict(test_X))}).to_csv(
    "submission.csv", index=False)
