import pandas as pd
import numpy as np
from scipy.sparse import hstack, csr_matrix
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import StandardScaler
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import train_test_split
from sklearn.metrics import f1_score, classification_report

# ---------------------------------------------------------------- data
train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(train.dtypes)
print(train["category"].value_counts(normalize=True))

train["title"] = train["title"].fillna("")
test["title"] = test["title"].fillna("")

# all numeric columns go in as-is (scaled); text handled separately
numeric_cols = train.select_dtypes(include=["number"]).columns.tolist()
print("numeric features:", numeric_cols)

# ---------------------------------------------------------------- split
tr, va = train_test_split(train, test_size=0.2, stratify=train["category"], random_state=99)

vec = TfidfVectorizer(ngram_range=(1, 2), min_df=2, max_features=50000, sublinear_tf=True)
imp = SimpleImputer(strategy="median")
scaler = StandardScaler()

Xt_tr = vec.fit_transform(tr["title"])
Xn_tr = scaler.fit_transform(imp.fit_transform(tr[numeric_cols]))
X_tr = hstack([Xt_tr, csr_matrix(Xn_tr)]).tocsr()

Xt_va = vec.transform(va["title"])
Xn_va = scaler.transform(imp.transform(va[numeric_cols]))
X_va = hstack([Xt_va, csr_matrix(Xn_va)]).tocsr()

y_tr, y_va = tr["category"], va["category"]

# ---------------------------------------------------------------- models
baseline = DummyClassifier(strategy="most_frequent").fit(X_tr, y_tr)
lr = LogisticRegression(max_iter=3000, C=6.0, class_weight="balanced").fit(X_tr, y_tr)

for name, m in [("baseline", baseline), ("logreg", lr)]:
    p = m.predict(X_va)
    print(f"{name:9s} macro-F1={f1_score(y_va, p, average='macro'):.4f} "
          f"weighted-F1={f1_score(y_va, p, average='weighted'):.4f}")

print(classification_report(y_va, lr.predict(X_va), digits=3))

# ---------------------------------------------------------------- submission
Xt_te = vec.transform(test["title"])
Xn_te = scaler.transform(imp.transform(test[numeric_cols]))
X_te = hstack([Xt_te, csr_matrix(Xn_te)]).tocsr()
pd.DataFrame({"product_id": test["product_id"], "prediction": lr.predict(X_te)}).to_csv(
    "predictions.csv", index=False
)
