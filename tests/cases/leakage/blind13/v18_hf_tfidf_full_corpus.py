# Toxic comment detection, classic TF-IDF + linear SVM
# dataset: "civil_comments" from the HF hub, binarised at toxicity >= 0.5

import re

import pandas as pd
from datasets import load_dataset
from scipy.sparse import hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import average_precision_score, f1_score, roc_auc_score
from sklearn.svm import LinearSVC

ds = load_dataset("civil_comments")
train_df = ds["train"].to_pandas().sample(200_000, random_state=1)
test_df = ds["test"].to_pandas()
for d in (train_df, test_df):
    d["toxic"] = (d["toxicity"] >= 0.5).astype(int)
print(train_df["toxic"].mean(), test_df["toxic"].mean())


def clean(t):
    t = t.lower()
    t = re.sub(r"https?://\S+", " url ", t)
    t = re.sub(r"\s+", " ", t)
    return t


train_df["clean"] = train_df["text"].map(clean)
test_df["clean"] = test_df["text"].map(clean)

# build the vocabulary on all the text we have
all_text = pd.concat([train_df["clean"], test_df["clean"]], ignore_index=True)
word_vec = TfidfVectorizer(ngram_range=(1, 2), min_df=3, max_features=300_000, sublinear_tf=True)
char_vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=5, max_features=300_000,
                           sublinear_tf=True)
word_vec.fit(all_text)
char_vec.fit(all_text)

X_train = hstack([word_vec.transform(train_df["clean"]), char_vec.transform(train_df["clean"])]).tocsr()
X_test = hstack([word_vec.transform(test_df["clean"]), char_vec.transform(test_df["clean"])]).tocsr()
print(X_train.shape)

svm = LinearSVC(C=0.2, class_weight="balanced")
svm.fit(X_train, train_df["toxic"])
scores = svm.decision_function(X_test)

print("test ROC AUC :", round(roc_auc_score(test_df["toxic"], scores), 4))
print("test AP      :", round(average_precision_score(test_df["toxic"], scores), 4))
print("test F1 (>0) :", round(f1_score(test_df["toxic"], (scores > 0).astype(int)), 4))
