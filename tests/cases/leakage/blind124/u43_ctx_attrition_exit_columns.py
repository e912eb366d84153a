# Employee attrition take-home
# Predict left_company (1 = employee left within the year).

import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
from sklearn.model_selection import train_test_split, cross_val_score
from sklearn.preprocessing import OneHotEncoder
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline
from sklearn.ensemble import RandomForestClassifier, GradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score

df = pd.read_csv("train.csv")
print(df.shape)
print(df.dtypes)
print(df["left_company"].value_counts())

# EDA
df.groupby("department")["left_company"].mean().sort_values().plot(kind="barh", title="attrition by department")
plt.tight_layout()
plt.savefig("dept.png")
plt.close()
df[["salary", "tenure_years", "satisfaction", "left_company"]].groupby("left_company").mean().T.plot(kind="bar")
plt.savefig("means.png")

X = df.drop(columns=["employee_id", "left_company"])
y = df["left_company"]
cat_cols = X.select_dtypes("object").columns.tolist()

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=1, stratify=y)

pre = ColumnTransformer([("cat", OneHotEncoder(handle_unknown="ignore"), cat_cols)], remainder="passthrough")

models = {
    "dummy": DummyClassifier(strategy="most_frequent"),
    "logreg": LogisticRegression(max_iter=5000),
    "rf": RandomForestClassifier(n_estimators=300, random_state=1),
    "gb": GradientBoostingClassifier(random_state=1),
}

cv_acc = {}
for name, m in models.items():
    cv_acc[name] = cross_val_score(Pipeline([("pre", pre), ("m", m)]), X_train, y_train, cv=5, scoring="accuracy").mean()
    print(f"{name}: CV accuracy {cv_acc[name]:.3f}")

best = max(cv_acc, key=cv_acc.get)
final = Pipeline([("pre", pre), ("m", models[best])]).fit(X_train, y_train)
print(f"\n{best} test accuracy: {accuracy_score(y_test, final.predict(X_test)):.3f}")

imp = final.named_steps["m"]
if hasattr(imp, "feature_importances_"):
    names = final.named_steps["pre"].get_feature_names_out()
    print(pd.Series(imp.feature_importances_, index=names).nlargest(10))
