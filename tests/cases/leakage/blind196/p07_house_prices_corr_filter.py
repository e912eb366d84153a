"""House Prices: Advanced Regression Techniques

Ridge regression on the numeric features most correlated with SalePrice.
"""
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.dummy import DummyRegressor
from sklearn.impute import SimpleImputer
from sklearn.linear_model import RidgeCV
from sklearn.metrics import mean_squared_error
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

CORR_THRESHOLD = 0.5

df = pd.read_csv("train.csv")
print(df.shape)
print(df["SalePrice"].describe())

# skewed target -> model log(price)
df["LogPrice"] = np.log1p(df["SalePrice"])

numeric = df.select_dtypes(include=[np.number]).drop(columns=["Id", "LogPrice"])

# keep only the features that move with the price
corr = numeric.corr()["SalePrice"].drop("SalePrice")
selected = corr[corr.abs() > CORR_THRESHOLD].sort_values(ascending=False)
print("Selected features:\n", selected)
features = list(selected.index)

plt.figure(figsize=(8, 5))
selected.plot(kind="barh")
plt.title("Correlation with SalePrice")
plt.tight_layout()
plt.savefig("corr_selected.png")

X = df[features]
y = df["LogPrice"]

X_train, X_valid, y_train, y_valid = train_test_split(
    X, y, test_size=0.2, random_state=0)

imputer = SimpleImputer(strategy="median")
scaler = StandardScaler()
X_train_p = scaler.fit_transform(imputer.fit_transform(X_train))
X_valid_p = scaler.transform(imputer.transform(X_valid))


def rmse(a, b):
    return np.sqrt(mean_squared_error(a, b))


baseline = DummyRegressor(strategy="mean").fit(X_train_p, y_train)
print("Baseline (mean price) RMSE(log):", round(rmse(y_valid, baseline.predict(X_valid_p)), 4))

ridge = RidgeCV(alphas=np.logspace(-3, 3, 25))
ridge.fit(X_train_p, y_train)
pred = ridge.predict(X_valid_p)
print("alpha:", ridge.alpha_)
print("Ridge RMSE(log):", round(rmse(y_valid, pred), 4))

coefs = pd.Series(ridge.coef_, index=features).sort_values()
print(coefs)

plt.figure(figsize=(6, 6))
plt.scatter(np.expm1(y_valid), np.expm1(pred), alpha=0.5)
plt.xlabel("actual")
plt.ylabel("predicted")
plt.savefig("pred_vs_actual.png")
