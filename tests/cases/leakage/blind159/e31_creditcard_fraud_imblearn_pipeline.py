# Credit card fraud detection - resampling inside an imblearn pipeline
import numpy as np
import pandas as pd
from imblearn.pipeline import Pipeline
from imblearn.over_sampling import RandomOverSampler
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import RobustScaler
from sklearn.model_selection import train_test_split, StratifiedKFold, cross_validate
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import classification_report, roc_auc_score, average_precision_score

cc = pd.read_csv("creditcard.csv")
cc["hour"] = (cc["Time"] // 3600) % 24
cc = cc.drop(columns=["Time"])
X = cc.drop(columns="Class")
y = cc["Class"]
print("fraud share: %.4f" % y.mean())

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=27)

pre = ColumnTransformer([("amount", RobustScaler(), ["Amount"])], remainder="passthrough")
pipe = Pipeline([
    ("pre", pre),
    ("over", RandomOverSampler(sampling_strategy=0.1, random_state=27)),
    ("clf", LogisticRegression(max_iter=2000)),
])

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=27)
for name, est in [("dummy prior", DummyClassifier(strategy="prior")), ("oversampled logreg", pipe)]:
    res = cross_validate(est, X_train, y_train, cv=cv, scoring=["roc_auc", "average_precision"])
    print(f"{name:20s} CV ROC AUC {res['test_roc_auc'].mean():.4f}  "
          f"CV AP {res['test_average_precision'].mean():.4f}")

pipe.fit(X_train, y_train)
proba = pipe.predict_proba(X_test)[:, 1]
print("test ROC AUC: %.4f" % roc_auc_score(y_test, proba))
print("test PR AUC : %.4f" % average_precision_score(y_test, proba))
print(classification_report(y_test, (proba > 0.5).astype(int), digits=4))

# precision at a fixed review budget: top 0.5% of transactions by score
k = int(0.005 * len(y_test))
top = np.argsort(-proba)[:k]
print("precision@%d: %.3f" % (k, y_test.iloc[top].mean()))
pd.DataFrame({"score": proba, "label": y_test.values}).to_csv("fraud_test_scores.csv", index=False)
