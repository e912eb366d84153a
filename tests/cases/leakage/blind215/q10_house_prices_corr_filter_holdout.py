# House prices: correlation filter + linear models, everything learned on the training split
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.linear_model import Lasso, Ridge, ElasticNet
from sklearn.model_selection import train_test_split
from sklearn.metrics import mean_squared_error
from scipy.stats import skew

train = pd.read_csv("input/train.csv")
print(train.shape)

target = np.log1p(train["SalePrice"])
data = train.drop(columns=["Id", "SalePrice"])

cat_cols = data.select_dtypes(include="object").columns
data[cat_cols] = data[cat_cols].fillna("None")
data = pd.get_dummies(data, columns=list(cat_cols), drop_first=True)
num_cols = [c for c in train.columns if c in data.columns and train[c].dtype != "object"]

X_tr, X_te, y_tr, y_te = train_test_split(data, target, test_size=0.2, random_state=42)
X_tr, X_te = X_tr.copy(), X_te.copy()

# medians from the training split only
medians = X_tr[num_cols].median()
X_tr[num_cols] = X_tr[num_cols].fillna(medians)
X_te[num_cols] = X_te[num_cols].fillna(medians)

skewness = X_tr[num_cols].apply(lambda s: skew(s))
skewed = skewness[abs(skewness) > 0.75].index
X_tr[skewed] = np.log1p(X_tr[skewed].clip(lower=0))
X_te[skewed] = np.log1p(X_te[skewed].clip(lower=0))

mu, sd = X_tr[num_cols].mean(), X_tr[num_cols].std().replace(0, 1)
X_tr[num_cols] = (X_tr[num_cols] - mu) / sd
X_te[num_cols] = (X_te[num_cols] - mu) / sd

# correlation with price, training rows only
corr_with_price = X_tr.apply(lambda col: np.corrcoef(col.astype(float), y_tr)[0, 1]).abs()
corr_with_price = corr_with_price.fillna(0).sort_values(ascending=False)
print(corr_with_price.head(20))

THRESH = 0.3
keep = corr_with_price[corr_with_price > THRESH].index.tolist()
print(f"{len(keep)} features kept")

corr_with_price.head(30).plot(kind="bar", figsize=(14, 4))
plt.axhline(THRESH, color="r", ls="--")
plt.tight_layout()
plt.show()


def rmse(y_true, y_pred):
    return mean_squared_error(y_true, y_pred) ** 0.5


models = {
    "lasso": Lasso(alpha=0.0005, max_iter=50000),
    "ridge": Ridge(alpha=10),
    "enet": ElasticNet(alpha=0.0005, l1_ratio=0.9, max_iter=50000),
}
scores = {}
for name, m in models.items():
    m.fit(X_tr[keep], y_tr)
    scores[name] = rmse(y_te, m.predict(X_te[keep]))
    print(f"{name:>6}: holdout RMSE(log) = {scores[name]:.4f}")

coefs = pd.Series(models["lasso"].coef_, index=keep)
coefs[coefs != 0].sort_values().plot(kind="barh", figsize=(6, 10))
plt.show()

plt.scatter(y_te, models["lasso"].predict(X_te[keep]), s=6)
plt.xlabel("log price")
plt.ylabel("predicted")
plt.show()
