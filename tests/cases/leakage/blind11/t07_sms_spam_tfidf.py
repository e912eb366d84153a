# SMS Spam Collection - naive bayes on tf-idf features
import re
import string
import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.naive_bayes import MultinomialNB
from sklearn.model_selection import train_test_split
from sklearn.metrics import accuracy_score, precision_score, recall_score, f1_score, confusion_matrix

sms = pd.read_csv('spam.csv', encoding='latin-1')
sms = sms[['v1', 'v2']]
sms.columns = ['label', 'message']
print(sms.head())
print(sms.label.value_counts())

sms['label_num'] = sms.label.map({'ham': 0, 'spam': 1})
sms['length'] = sms.message.str.len()

# length distribution per class
sms.hist(column='length', by='label', bins=50, figsize=(12, 4))
plt.savefig('length_by_label.png')

stop = set(['a', 'an', 'the', 'to', 'you', 'i', 'is', 'and', 'in', 'u', 'for', 'of', 'me', 'my', 'it'])

def clean_text(msg):
    msg = msg.lower()
    msg = re.sub(r'http\S+', ' url ', msg)
    msg = re.sub(r'\d+', ' num ', msg)
    msg = ''.join(ch for ch in msg if ch not in string.punctuation)
    return ' '.join(w for w in msg.split() if w not in stop)

sms['clean'] = sms.message.apply(clean_text)
print(sms[['message', 'clean']].head(10))

# vectorise
tfidf = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
X = tfidf.fit_transform(sms['clean'])
y = sms['label_num'].values
print('vocab size', len(tfidf.vocabulary_))

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=10, stratify=y)

nb = MultinomialNB(alpha=0.1)
nb.fit(X_train, y_train)
pred = nb.predict(X_test)

print('accuracy  ', accuracy_score(y_test, pred))
print('precision ', precision_score(y_test, pred))
print('recall    ', recall_score(y_test, pred))
print('f1        ', f1_score(y_test, pred))
print(confusion_matrix(y_test, pred))

# how good is "everything is ham"?
majority_acc = (y_test == 0).mean()
print('majority-class baseline accuracy', majority_acc)

# top spam words
feature_names = np.array(tfidf.get_feature_names_out())
top = np.argsort(nb.feature_log_prob_[1])[::-1][:25]
print(feature_names[top])

# a couple of made-up messages
examples = ['WINNER!! claim your free prize now, call 09061701461',
            'are we still meeting for lunch tomorrow?']
print(nb.predict(tfidf.transform([clean_text(e) for e in examples])))
