# IMDB reviews - train / validation / test, alpha tuned on validation
import re
import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.model_selection import train_test_split
from sklearn.naive_bayes import MultinomialNB
from sklearn.metrics import accuracy_score


def preprocess(text):
    text = re.sub(r'<[^>]+>', ' ', text)
    text = re.sub(r'[^a-zA-Z]', ' ', text)
    return ' '.join(text.lower().split())


df = pd.read_csv('IMDB Dataset.csv')
df['review'] = df['review'].map(preprocess)
df['y'] = (df['sentiment'] == 'positive').astype(int)

# 70 / 15 / 15
train_df, rest = train_test_split(df, test_size=0.3, random_state=0, stratify=df['y'])
val_df, test_df = train_test_split(rest, test_size=0.5, random_state=0, stratify=rest['y'])
print(len(train_df), len(val_df), len(test_df))

# build the vocabulary once from all the reviews we have
vec = TfidfVectorizer(max_features=30000, ngram_range=(1, 2), sublinear_tf=True, min_df=3)
vec.fit(df['review'])

X_tr = vec.transform(train_df['review'])
X_va = vec.transform(val_df['review'])
X_te = vec.transform(test_df['review'])

best = None
for alpha in [0.01, 0.03, 0.1, 0.3, 1.0, 3.0]:
    m = MultinomialNB(alpha=alpha).fit(X_tr, train_df['y'])
    acc = accuracy_score(val_df['y'], m.predict(X_va))
    print(f'alpha {alpha:<5} val acc {acc:.4f}')
    if best is None or acc > best[1]:
        best = (alpha, acc)

print('chosen alpha on validation:', best[0])
final = MultinomialNB(alpha=best[0]).fit(X_tr, train_df['y'])

majority = int(train_df['y'].mode()[0])
print('majority-class baseline test acc:', accuracy_score(test_df['y'], np.full(len(test_df), majority)))
print('NB test acc:', accuracy_score(test_df['y'], final.predict(X_te)))
