"""Adult income: which model family scales best with data?

Learning curves for three candidates, pick the one with the best score at full size,
then report its hold-out accuracy/AUC.
"""
import numpy as np
import pandas as pd
from sklearn.compose import make_column_selector, make_column_transformer
from sklearn.datasets import fetch_openml
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, balanced_accuracy_score
from sklearn.model_selection import StratifiedKFold, learning_curve, train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

adult = fetch_openml("adult", version=2, as_frame=True)
X = adult.data.drop(columns=["fnlwgt", "education"])
y = (adult.target == ">50K").astype(int)


def prep():
    return make_column_transformer(
        (StandardScaler(), make_column_selector(dtype_include="number")),
        (OneHotEncoder(handle_unknown="ignore", min_frequency=20), make_column_selector(dtype_include="category")),
    )


models = {
    "logreg": make_pipeline(prep(), LogisticRegression(max_iter=2000)),
    "random_forest": make_pipeline(prep(), RandomForestClassifier(n_estimators=300, min_samples_leaf=3, n_jobs=-1)),
    "hgb": make_pipeline(prep(), HistGradientBoostingClassifier(max_iter=300)),
}

cv = StratifiedKFold(5, shuffle=True, random_state=0)
curves = {}
for name, model in models.items():
    sizes, train_sc, val_sc = learning_curve(
        model, X, y, cv=cv, scoring="roc_auc", train_sizes=np.linspace(0.1, 1.0, 5), n_jobs=-1
    )
    curves[name] = pd.Series(val_sc.mean(axis=1), index=sizes)
    print(name, curves[name].round(4).to_dict())

curve_df = pd.DataFrame(curves)
curve_df.to_csv("learning_curves.csv")
best_name = curve_df.iloc[-1].idxmax()
print("picked:", best_name)

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=0)
best = models[best_name].fit(X_train, y_train)
p = best.predict_proba(X_test)[:, 1]
print("hold-out ROC AUC     :", round(roc_auc_score(y_test, p), 4))
print("hold-out balanced acc:", round(balanced_accuracy_score(y_test, p > 0.5), 4))
d = DummyClassifier().fit(X_train, y_train)
print("dummy ROC AUC        :", round(roc_auc_score(y_test, d.predict_proba(X_test)[:, 1]), 4))
