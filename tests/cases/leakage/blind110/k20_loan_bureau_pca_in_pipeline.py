"""Default model for the direct-to-consumer loan channel.

* Bureau fields are collinear; they are compressed into three principal components
  ("bureau factors") that credit policy can monitor. The imputer, scaler and PCA live in
  one ColumnTransformer with the model.
* Decline threshold fixed in advance from the cost ratio: $0.9k / ($0.9k + $5.4k).
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.decomposition import PCA
from sklearn.preprocessing import StandardScaler, OneHotEncoder, FunctionTransformer
from sklearn.impute import SimpleImputer
from sklearn.pipeline import Pipeline
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import train_test_split, cross_val_score, StratifiedKFold
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

COST_FN, COST_FP = 5400, 900

df = pd.read_csv("data/loans.csv")
print(df.shape, "default rate:", round(df["default_12m"].mean(), 4))

bureau = ["credit_score", "dti", "open_accounts", "revolving_util", "delinq_2y", "inquiries_6m"]
plain = ["term_months", "interest_rate", "employment_years"]
logged = ["annual_income", "loan_amount"]
cats = ["home_ownership"]
X, y = df[bureau + plain + logged + cats], df["default_12m"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, stratify=y, random_state=12)
print(X_train[bureau].corr().round(2))

pre = ColumnTransformer([
    ("bureau", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler()),
                         ("pca", PCA(n_components=3, random_state=0))]), bureau),
    ("plain", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), plain),
    ("logged", Pipeline([("imp", SimpleImputer(strategy="median")), ("log", FunctionTransformer(np.log1p)),
                         ("sc", StandardScaler())]), logged),
    ("cat", OneHotEncoder(handle_unknown="ignore"), cats),
])
model = Pipeline([("pre", pre), ("clf", LogisticRegression(max_iter=2000, C=1.0))])
baseline = Pipeline([("pre", pre), ("clf", DummyClassifier(strategy="prior"))])

cv = StratifiedKFold(5, shuffle=True, random_state=12)
for name, est in [("baseline", baseline), ("logit+PCA", model)]:
    s = cross_val_score(est, X_train, y_train, cv=cv, scoring="roc_auc")
    print(f"CV AUC {name:10s} {s.mean():.3f} ± {s.std():.3f}")

model.fit(X_train, y_train)
baseline.fit(X_train, y_train)
pca = model.named_steps["pre"].named_transformers_["bureau"].named_steps["pca"]
print("explained variance:", pca.explained_variance_ratio_.round(3))
print(pd.DataFrame(pca.components_, columns=bureau, index=["BF1", "BF2", "BF3"]).round(2))

p = model.predict_proba(X_test)[:, 1]
p0 = baseline.predict_proba(X_test)[:, 1]
print(f"AUC   {roc_auc_score(y_test, p):.3f}")
print(f"AP    {average_precision_score(y_test, p):.3f} (base rate {y_test.mean():.3f})")
print(f"Brier {brier_score_loss(y_test, p):.4f} vs prior-only {brier_score_loss(y_test, p0):.4f}")

t = COST_FP / (COST_FP + COST_FN)
decline = p >= t
cost = (COST_FN * ((~decline) & (y_test == 1)).sum() + COST_FP * (decline & (y_test == 0)).sum()) / len(y_test)
print(f"threshold {t:.3f}: decline {decline.mean():.1%}, cost/app ${cost:,.0f} "
      f"vs approve-all ${COST_FN * y_test.sum() / len(y_test):,.0f}")

dec = pd.qcut(pd.Series(p).rank(method="first"), 10, labels=False) + 1
tab = pd.DataFrame({"decile": dec.values, "y": y_test.values}).groupby("decile")["y"].agg(["size", "mean"])
print(tab.iloc[::-1].round(3))
