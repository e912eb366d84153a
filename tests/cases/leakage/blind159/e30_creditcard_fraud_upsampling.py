# Credit card fraud detection (ULB / Kaggle creditcard.csv)
# V1..V28 are PCA components, Amount and Time are raw. Only 0.17% of rows are fraud.
import numpy as np
import pandas as pd
from sklearn.preprocessing import RobustScaler
from sklearn.utils import resample
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import classification_report, roc_auc_score, average_precision_score

cc = pd.read_csv("creditcard.csv")
print(cc.shape)
print(cc["Class"].value_counts())

# Amount is heavy tailed -> robust scaling; Time is seconds since first txn -> hour of day
rob = RobustScaler()
cc["scaled_amount"] = rob.fit_transform(cc[["Amount"]]).ravel()
cc["hour"] = (cc["Time"] // 3600) % 24
cc = cc.drop(columns=["Amount", "Time"])

# upsample the fraud class so the classifier sees enough positives
majority = cc[cc["Class"] == 0]
minority = cc[cc["Class"] == 1]
minority_up = resample(minority, replace=True, n_samples=len(majority) // 10, random_state=27)
balanced = pd.concat([majority, minority_up]).sample(frac=1, random_state=27)
print(balanced["Class"].value_counts())

X = balanced.drop(columns="Class")
y = balanced["Class"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=27)

# baseline: flag nothing as fraud
print("baseline (all legit) AP: %.4f" % average_precision_score(y_test, np.zeros(len(y_test))))

models = {
    "logreg": LogisticRegression(max_iter=2000),
    "random_forest": RandomForestClassifier(n_estimators=200, n_jobs=-1, random_state=27),
}
for name, m in models.items():
    m.fit(X_train, y_train)
    proba = m.predict_proba(X_test)[:, 1]
    print(f"== {name}")
    print("ROC AUC: %.4f" % roc_auc_score(y_test, proba))
    print("PR AUC : %.4f" % average_precision_score(y_test, proba))
    print(classification_report(y_test, (proba > 0.5).astype(int), digits=4))

imp = pd.Series(models["random_forest"].feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp.head(10))
