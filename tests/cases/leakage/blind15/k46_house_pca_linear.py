"""
House prices -- linear model on decorrelated size features.

sqft, bedrooms and lot_size are strongly collinear, which makes OLS
coefficients unstable. I standardise them and rotate with PCA, keep the
components, and fit a linear model on log price with neighbourhood dummies.
Evaluation: last 20% of sales by date; baseline = training median price.
"""
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.preprocessing import StandardScaler
from sklearn.decomposition import PCA
from sklearn.linear_model import LinearRegression
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error

df = pd.read_csv("train.csv", parse_dates=["sale_date"])
df = df.sort_values("sale_date").reset_index(drop=True)
df["lot_size"] = df["lot_size"].fillna(0)          # missing lot = condo / no land
df["age_at_sale"] = df["sale_date"].dt.year - df["year_built"]

size_cols = ["sqft", "bedrooms", "lot_size", "age_at_sale"]
print(df[size_cols].corr().round(2))

scaler = StandardScaler()
Z = scaler.fit_transform(np.log1p(df[size_cols]))
pca = PCA(n_components=4)
pcs = pca.fit_transform(Z)
print("explained variance:", pca.explained_variance_ratio_.round(3))
print(pd.DataFrame(pca.components_, columns=size_cols).round(2))

X = pd.DataFrame(pcs, columns=[f"pc{i+1}" for i in range(pcs.shape[1])])
X["t_years"] = (df["sale_date"] - df["sale_date"].min()).dt.days / 365.25
X = pd.concat([X, pd.get_dummies(df["neighbourhood"], prefix="nb", drop_first=True, dtype=float)], axis=1)
y_log = np.log(df["price"])

n_te = int(0.2 * len(df))
X_tr, X_te = X.iloc[:-n_te], X.iloc[-n_te:]
y_tr, y_te = y_log.iloc[:-n_te], y_log.iloc[-n_te:]

ols = LinearRegression().fit(X_tr, y_tr)
smear = np.mean(np.exp(y_tr - ols.predict(X_tr)))
pred = np.exp(ols.predict(X_te)) * smear
actual = np.exp(y_te).to_numpy()
baseline = np.full_like(actual, np.exp(y_tr).median())

print(f"model     MAE {mean_absolute_error(actual, pred):,.0f}  MAPE {mean_absolute_percentage_error(actual, pred):.3f}")
print(f"baseline  MAE {mean_absolute_error(actual, baseline):,.0f}  MAPE {mean_absolute_percentage_error(actual, baseline):.3f}")

print(pd.Series(ols.coef_, index=X.columns).round(4).head(6))

resid = actual - pred
plt.scatter(pred, resid / actual, s=4, alpha=0.4); plt.axhline(0, color="k")
plt.xlabel("predicted"); plt.ylabel("relative residual"); plt.savefig("resid.png")
