"""German Credit risk - pipeline version.

All preprocessing lives in a ColumnTransformer so it is learned on the
training split only. A majority-class rule is reported next to the model.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler, FunctionTransformer
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, f1_score, confusion_matrix, accuracy_score

DATA = "german_credit_data.csv"
CAT_COLS = ["Sex", "Housing", "Saving accounts", "Checking account", "Purpose"]
NUM_COLS = ["Age", "Job", "Credit amount", "Duration", "amount_per_month"]

df = pd.read_csv(DATA, index_col=0)
df["Risk"] = (df["Risk"] == "bad").astype(int)
df["amount_per_month"] = df["Credit amount"] / df["Duration"]
print(df.shape)
print(df["Risk"].value_counts(normalize=True))

X = df[CAT_COLS + NUM_COLS]
y = df["Risk"]
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, random_state=1, stratify=y)

cat_pipe = Pipeline([
    ("impute", SimpleImputer(strategy="most_frequent")),
    ("ohe", OneHotEncoder(handle_unknown="ignore")),
])
num_pipe = Pipeline([
    ("log", FunctionTransformer(np.log1p)),
    ("scale", StandardScaler()),
])
pre = ColumnTransformer([
    ("cat", cat_pipe, CAT_COLS),
    ("num", num_pipe, NUM_COLS),
])
clf = Pipeline([
    ("pre", pre),
    ("lr", LogisticRegression(max_iter=1000, class_weight="balanced")),
])
clf.fit(X_tr, y_tr)

# baseline: always predict the majority class of the training data
majority = int(y_tr.mode()[0])
base_pred = np.full(len(y_te), majority)
print("Majority baseline accuracy: %.3f" % accuracy_score(y_te, base_pred))
print("Majority baseline AUC     : 0.500")

proba = clf.predict_proba(X_te)[:, 1]
pred = (proba >= 0.5).astype(int)
print("Model accuracy: %.3f" % accuracy_score(y_te, pred))
print("Model AUC     : %.3f" % roc_auc_score(y_te, proba))
print("Model F1      : %.3f" % f1_score(y_te, pred))
print(confusion_matrix(y_te, pred))

names = clf.named_steps["pre"].get_feature_names_out()
coef = pd.Series(clf.named_steps["lr"].coef_[0], index=names)
print(coef.sort_values(key=abs, ascending=False).head(10))
