# Jigsaw toxic comments - binary "toxic" only
# tfidf (word + char) -> logistic regression, toxic class upsampled because it's ~10%

import pandas as pd
from sklearn.utils import resample
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline, FeatureUnion
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import f1_score, roc_auc_score, classification_report

df = pd.read_csv("jigsaw-toxic-comment-classification-challenge/train.csv")
df = df[["comment_text", "toxic"]]
print(df.toxic.value_counts(normalize=True))

# upsample toxic comments to match the clean ones
clean_rows = df[df.toxic == 0]
toxic_rows = df[df.toxic == 1]
toxic_up = resample(toxic_rows, replace=True, n_samples=len(clean_rows), random_state=42)
df_bal = pd.concat([clean_rows, toxic_up]).sample(frac=1, random_state=42)
print(df_bal.toxic.value_counts())

X_train, X_test, y_train, y_test = train_test_split(
    df_bal.comment_text, df_bal.toxic, test_size=0.2, random_state=42
)

features = FeatureUnion([
    ("word", TfidfVectorizer(analyzer="word", ngram_range=(1, 2), min_df=3, max_features=100000,
                             sublinear_tf=True)),
    ("char", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=5, max_features=100000,
                             sublinear_tf=True)),
])
pipe = Pipeline([("tfidf", features), ("lr", LogisticRegression(C=4, max_iter=1000))])
pipe.fit(X_train, y_train)

proba = pipe.predict_proba(X_test)[:, 1]
pred = (proba > 0.5).astype(int)

base = DummyClassifier(strategy="stratified", random_state=0).fit(X_train, y_train)
print("dummy f1:", f1_score(y_test, base.predict(X_test)))
print("LR f1:", f1_score(y_test, pred))
print("LR auc:", roc_auc_score(y_test, proba))
print(classification_report(y_test, pred))
