# Stroke prediction with CatBoost (native categorical handling, NaN in bmi is fine)
import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
from catboost import CatBoostClassifier, Pool
from sklearn.model_selection import train_test_split
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, recall_score

stroke = pd.read_csv("healthcare-dataset-stroke-data.csv")
stroke = stroke.drop(columns="id")
stroke = stroke[stroke.gender != "Other"]
print(stroke.shape, stroke.stroke.mean())
print(stroke.isna().sum())

stroke["age_group"] = pd.cut(stroke["age"], bins=[0, 18, 40, 60, 75, 120],
                             labels=["child", "young", "mid", "senior", "old"]).astype(str)

cat_features = ["gender", "ever_married", "work_type", "Residence_type", "smoking_status", "age_group"]
X = stroke.drop(columns="stroke")
y = stroke["stroke"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=21)

train_pool = Pool(X_train, y_train, cat_features=cat_features)
test_pool = Pool(X_test, y_test, cat_features=cat_features)

model = CatBoostClassifier(
    iterations=3000,
    learning_rate=0.02,
    depth=5,
    l2_leaf_reg=5,
    eval_metric="AUC",
    auto_class_weights="Balanced",
    random_seed=21,
    verbose=250,
)
model.fit(train_pool, eval_set=test_pool, early_stopping_rounds=300, use_best_model=True)

proba = model.predict_proba(test_pool)[:, 1]
print("best iteration:", model.get_best_iteration())
print("test AUC : %.4f" % roc_auc_score(y_test, proba))
print("test AP  : %.4f" % average_precision_score(y_test, proba))
print("recall@0.5: %.3f" % recall_score(y_test, proba > 0.5))

dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
print("prior baseline AP: %.4f" % average_precision_score(y_test, dummy.predict_proba(X_test)[:, 1]))

fi = model.get_feature_importance(prettified=True)
print(fi)
fi.plot.barh(x="Feature Id", y="Importances", legend=False)
plt.tight_layout()
plt.savefig("catboost_fi.png")
