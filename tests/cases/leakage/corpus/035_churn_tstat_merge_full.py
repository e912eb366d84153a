import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
import seaborn as sns
import warnings
warnings.filterwarnings("ignore")

from sklearn.model_selection import train_test_split, cross_val_score, StratifiedKFold, GridSearchCV
from sklearn.preprocessing import StandardScaler, OneHotEncoder, MinMaxScaler
from sklearn.impute import SimpleImputer
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier, GradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, accuracy_score, classification_report, f1_score

RANDOM_STATE = 42

df = pd.read_csv("train.csv")
print(df.shape)
print(df.head())
print(df.isnull().sum())
print(df["churned"].value_counts(normalize=True))


fig, ax = plt.subplots(1, 2, figsize=(12, 4))
sns.histplot(df, x="tenure_months", hue="churned", ax=ax[0])
sns.boxplot(data=df, x="churned", y="monthly_charges", ax=ax[1])
plt.show()

df["plan"] = df["plan"].fillna("unknown")
df["charges_per_month_of_tenure"] = df["monthly_charges"] / (df["tenure_months"] + 1)
NUMERIC = ["monthly_charges", "tenure_months", "support_calls", "charges_per_month_of_tenure"]



enc = df.groupby("plan")["churned"].mean().rename("cat_mean").reset_index()
df = df.merge(enc, on="plan", how="left")
X = df[NUMERIC + ["cat_mean"]]
y = df["churned"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=5)
rf = RandomForestClassifier(n_estimators=200, random_state=42)
rf.fit(X_train, y_train)
print(roc_auc_score(y_test, rf.predict_proba(X_test)[:, 1]))


# sanity check: how does a dummy model do?
dummy = DummyClassifier(strategy="prior")
dummy.fit(X_train, y_train)
print("dummy:", roc_auc_score(y_test, dummy.predict_proba(X_test)[:, 1]))
