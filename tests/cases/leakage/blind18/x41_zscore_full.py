"""Wisconsin breast cancer - logistic regression with statsmodels.
Standardise with scipy z-scores so the coefficients are comparable."""
import numpy as np
import pandas as pd
import statsmodels.api as sm
from scipy import stats
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, accuracy_score

df = pd.read_csv("wdbc.csv")
df["malignant"] = (df["diagnosis"] == "M").astype(int)
df = df.drop(columns=["id", "diagnosis"])
print(df.shape, df["malignant"].mean())

print(df.filter(like="_mean").corr().round(2).iloc[:6, :6])

features = ["radius_mean", "texture_mean", "smoothness_mean", "compactness_mean",
            "concavity_mean", "symmetry_mean", "fractal_dimension_mean",
            "radius_se", "texture_se", "smoothness_se"]

# highly skewed ones first
for c in ["radius_se", "concavity_mean"]:
    df[c] = np.log1p(df[c])

Z = pd.DataFrame(stats.zscore(df[features], ddof=1), columns=features, index=df.index)
print(Z.describe().loc[["mean", "std"]].round(2))

X_train, X_test, y_train, y_test = train_test_split(Z, df["malignant"], test_size=0.3, random_state=12, stratify=df["malignant"])

logit = sm.Logit(y_train, sm.add_constant(X_train)).fit(disp=0)
print(logit.summary2())

p = logit.predict(sm.add_constant(X_test))
print("test AUC:", round(roc_auc_score(y_test, p), 4))
print("test acc:", round(accuracy_score(y_test, (p > 0.5).astype(int)), 4))

odds = np.exp(logit.params).sort_values(ascending=False)
print("odds ratio per 1 SD:\n", odds.round(2))

# confusion at 0.5
cm = pd.crosstab(y_test, (p > 0.5).astype(int), rownames=["true"], colnames=["pred"])
print(cm)
