# House prices: keep the numeric features most correlated with price, then linear models
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.linear_model import Lasso, Ridge, ElasticNet
from sklearn.model_selection import KFold, cross_val_score
from scipy.stats import skew

pd.set_option("display.max_rows", 100)

train = pd.read_csv("input/train.csv")
print(train.shape)

target = np.log1p(train["SalePrice"])
data = train.drop(columns=["Id", "SalePrice"])

# ---------------------------------------------------------------- cleaning
# categorical NaN mostly means "none" (no pool, no alley, ...)
cat_cols = data.select_dtypes(include="object").columns
data[cat_cols] = data[cat_cols].fillna("None")

num_cols = data.select_dtypes(exclude="object").columns
missing = data[num_cols].isnull().sum()
print(missing[missing > 0])
data[num_cols] = data[num_cols].fillna(data[num_cols].median())

# unskew the heavy tailed numeric columns
skewed = data[num_cols].apply(lambda s: skew(s)).sort_values(ascending=False)
skewed = skewed[abs(skewed) > 0.75].index
data[skewed] = np.log1p(data[skewed].clip(lower=0))

data[num_cols] = (data[num_cols] - data[num_cols].mean()) / data[num_cols].std()

data = pd.get_dummies(data, columns=list(cat_cols), drop_first=True)
print("after dummies:", data.shape)

# ---------------------------------------------------------- feature filter
corr_with_price = data.apply(lambda col: np.corrcoef(col.astype(float), target)[0, 1])
corr_with_price = corr_with_price.abs().sort_values(ascending=False)
print(corr_with_price.head(25))

THRESH = 0.3
keep = corr_with_price[corr_with_price > THRESH].index.tolist()
print(f"{len(keep)} features with |corr| > {THRESH}")

corr_with_price.head(30).plot(kind="bar", figsize=(14, 4))
plt.axhline(THRESH, color="r", ls="--")
plt.tight_layout()
plt.show()

X = data[keep]

# ------------------------------------------------------------------ models
kf = KFold(n_splits=10, shuffle=True, random_state=42)


def rmse_cv(model):
    return np.sqrt(-cross_val_score(model, X, target, scoring="neg_mean_squared_error", cv=kf))


results = {}
for alpha in [0.0003, 0.0005, 0.001, 0.005]:
    r = rmse_cv(Lasso(alpha=alpha, max_iter=50000))
    results[f"lasso_{alpha}"] = r.mean()
for alpha in [1, 5, 10, 30]:
    r = rmse_cv(Ridge(alpha=alpha))
    results[f"ridge_{alpha}"] = r.mean()
r = rmse_cv(ElasticNet(alpha=0.0005, l1_ratio=0.9, max_iter=50000))
results["enet"] = r.mean()

results = pd.Series(results).sort_values()
print(results)
print("best:", results.index[0], "CV RMSE(log) = %.4f" % results.iloc[0])

lasso = Lasso(alpha=0.0005, max_iter=50000).fit(X, target)
coefs = pd.Series(lasso.coef_, index=keep)
print("lasso kept", (coefs != 0).sum(), "of", len(keep))
coefs[coefs != 0].sort_values().plot(kind="barh", figsize=(6, 10))
plt.show()
