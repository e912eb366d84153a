"""Adult census income (>50K) - gradient boosting with a few engineered features."""
import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import accuracy_score, roc_auc_score, f1_score
from sklearn.model_selection import train_test_split

cols = ["age", "workclass", "fnlwgt", "education", "education_num", "marital_status",
        "occupation", "relationship", "race", "sex", "capital_gain", "capital_loss",
        "hours_per_week", "native_country", "income"]
df = pd.read_csv("adult.data", names=cols, skipinitialspace=True, na_values="?")
print(df.shape)
df = df.dropna().reset_index(drop=True)

df["income"] = (df["income"] == ">50K").astype(int)
print("share >50K:", round(df["income"].mean(), 3))

# ---- feature engineering ----------------------------------------------------
df["capital_net"] = df["capital_gain"] - df["capital_loss"]
df["has_capital"] = (df["capital_net"] != 0).astype(int)
df["married"] = df["marital_status"].str.startswith("Married").astype(int)
df["overtime"] = (df["hours_per_week"] > 40).astype(int)

# how "rich" is each occupation / education level
occ_rate = df.groupby("occupation")["income"].mean()
edu_rate = df.groupby("education")["income"].mean()
df["occupation_rate"] = df["occupation"].map(occ_rate)
df["education_rate"] = df["education"].map(edu_rate)
print(occ_rate.sort_values(ascending=False).round(3))

df = df.drop(columns=["fnlwgt", "education", "capital_gain", "capital_loss"])
df = pd.get_dummies(df, columns=["workclass", "marital_status", "occupation", "relationship",
                                 "race", "sex", "native_country"], drop_first=True, dtype=int)

X = df.drop(columns=["income"])
y = df["income"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=0)

gb = GradientBoostingClassifier(n_estimators=300, max_depth=4, learning_rate=0.1, random_state=0)
gb.fit(X_train, y_train)

proba = gb.predict_proba(X_test)[:, 1]
pred = (proba >= 0.5).astype(int)

majority = int(y_train.mode()[0])
print("majority-class baseline accuracy: %.4f" % accuracy_score(y_test, np.full(len(y_test), majority)))
print("GB accuracy: %.4f" % accuracy_score(y_test, pred))
print("GB F1      : %.4f" % f1_score(y_test, pred))
print("GB ROC AUC : %.4f" % roc_auc_score(y_test, proba))

imp = pd.Series(gb.feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp.head(15))
